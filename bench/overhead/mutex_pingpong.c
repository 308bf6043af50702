/* Two threads take turns on one mutex: the contended-lock workload. */
#include <pthread.h>

#include "bench_common.h"

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long iters;
static volatile long counter;

static void *worker(void *arg)
{
    (void)arg;
    for (long i = 0; i < iters; i++) {
        pthread_mutex_lock(&m);
        counter++;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

int main(int argc, char **argv)
{
    pthread_t a, b;

    iters = bench_iters(argc, argv, 2000000);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    bench_report(4 * iters); /* lock + unlock per iteration per thread */
    return counter == 2 * iters ? 0 : 1;
}
