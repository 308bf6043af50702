/* TRUTH: racy — the join loop counts down with i > 0 (line 24) and never joins t[0]; main's read of stats[0].reqs (line 28) races with worker 0's s->reqs++ (line 13). */
#include <pthread.h>
#include <stdio.h>

#define N 4

struct stats { long reqs; long bytes; };
static struct stats stats[N];

static void *worker(void *arg) {
    struct stats *s = arg;
    for (int i = 0; i < 1000; i++) {
        s->reqs++; // @A
        s->bytes += i;
    }
    return NULL;
}

int main(void) {
    pthread_t t[N];
    int i;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, &stats[i]);
    for (i = N - 1; i > 0; i--) // @C
        pthread_join(t[i], NULL);
    long reqs = 0, bytes = 0;
    for (i = 0; i < N; i++) {
        reqs += stats[i].reqs; // @B
        bytes += stats[i].bytes;
    }
    printf("%ld %ld\n", reqs, bytes);
    return 0;
}
