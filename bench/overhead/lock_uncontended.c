/* One thread locks and unlocks a private mutex: the cost of an uncontended lock/unlock pair. */
#include <pthread.h>

#include "bench_common.h"

int main(int argc, char **argv)
{
    static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    long iters = bench_iters(argc, argv, 20000000);
    volatile long n = 0;

    for (long i = 0; i < iters; i++) {
        pthread_mutex_lock(&m);
        n++;
        pthread_mutex_unlock(&m);
    }
    bench_report(iters); /* pairs */
    return n == iters ? 0 : 1;
}
