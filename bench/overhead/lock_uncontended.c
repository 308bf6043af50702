/* One thread locks and unlocks a private mutex: the cost of an uncontended lock/unlock pair. */
#include <pthread.h>
#include <time.h>

#include "bench_common.h"

static double now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

int main(int argc, char **argv)
{
    static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    long iters = bench_iters(argc, argv, 20000000), rounds = 8, per = iters / rounds;
    volatile long n = 0;
    double best = 1e30;

    /* The best of several rounds: the least disturbed by other load on the machine. */
    for (long r = 0; r < rounds; r++) {
        double t0 = now_ns();
        for (long i = 0; i < per; i++) {
            pthread_mutex_lock(&m);
            n++;
            pthread_mutex_unlock(&m);
        }
        double d = (now_ns() - t0) / (double)per;
        if (d < best)
            best = d;
    }
    printf("pair_ns=%.2f\n", best);
    bench_report(rounds * per); /* pairs */
    return n == rounds * per ? 0 : 1;
}
