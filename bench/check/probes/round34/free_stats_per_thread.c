/* TRUTH: free — worker i updates only stats[i] through its argument &stats[i] (line 13); main sums every stats[i] (line 28) after joining all N workers over the same range. */
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
    for (i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    long reqs = 0, bytes = 0;
    for (i = 0; i < N; i++) {
        reqs += stats[i].reqs; // @B
        bytes += stats[i].bytes;
    }
    printf("%ld %ld\n", reqs, bytes);
    return 0;
}
