/* Creates and joins short-lived threads one after another: thread start/end cost. */
#include <pthread.h>

#include "bench_common.h"

static void *nothing(void *arg)
{
    return arg;
}

int main(int argc, char **argv)
{
    long iters = bench_iters(argc, argv, 5000);

    for (long i = 0; i < iters; i++) {
        pthread_t t;
        if (pthread_create(&t, NULL, nothing, NULL) != 0 || pthread_join(t, NULL) != 0)
            return 1;
    }
    bench_report(2 * iters);
    return 0;
}
