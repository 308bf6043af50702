/* A producer and a consumer through a one-slot buffer guarded by a mutex and two condvars. */
#include <pthread.h>

#include "bench_common.h"

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER, not_full = PTHREAD_COND_INITIALIZER;
static int full;
static long iters, received;

static void *consumer(void *arg)
{
    (void)arg;
    for (long i = 0; i < iters; i++) {
        pthread_mutex_lock(&m);
        while (!full)
            pthread_cond_wait(&not_empty, &m);
        full = 0;
        received++;
        pthread_cond_signal(&not_full);
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

int main(int argc, char **argv)
{
    pthread_t t;

    iters = bench_iters(argc, argv, 100000);
    pthread_create(&t, NULL, consumer, NULL);
    for (long i = 0; i < iters; i++) {
        pthread_mutex_lock(&m);
        while (full)
            pthread_cond_wait(&not_full, &m);
        full = 1;
        pthread_cond_signal(&not_empty);
        pthread_mutex_unlock(&m);
    }
    pthread_join(t, NULL);
    bench_report(2 * 3 * iters); /* lock, signal, unlock per side (waits not counted) */
    return received == iters ? 0 : 1;
}
