/* TRUTH: racy — the join loop steps by 2 (line 24) and joins only t[0] and t[2]; main's read of stats[1].reqs (line 28) races with worker 1's s->reqs++ (line 13). */
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
    for (i = 0; i < N; i += 2) // @C
        pthread_join(t[i], NULL);
    long reqs = 0, bytes = 0;
    for (i = 0; i < N; i++) {
        reqs += stats[i].reqs; // @B
        bytes += stats[i].bytes;
    }
    printf("%ld %ld\n", reqs, bytes);
    return 0;
}
