/* Two threads alternate between a short critical section under one mutex and as much work outside it:
 * the lock passes back and forth and is often contended. */
#include <pthread.h>
#include <stdint.h>

#include "bench_common.h"

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long iters;
static uint64_t shared = 1;

/* About 100 ns of dependent arithmetic. */
static uint64_t work(uint64_t x)
{
    for (int i = 0; i < 40; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    return x;
}

static void *player(void *arg)
{
    uint64_t local = (uint64_t)(uintptr_t)arg + 88172645463325252ull;

    for (long i = 0; i < iters; i++) {
        pthread_mutex_lock(&m);
        shared = work(shared);
        pthread_mutex_unlock(&m);
        local = work(local);
    }
    return (void *)(uintptr_t)local;
}

int main(int argc, char **argv)
{
    pthread_t a, b;

    iters = bench_iters(argc, argv, 1000000);
    pthread_create(&a, NULL, player, (void *)1);
    pthread_create(&b, NULL, player, (void *)2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("shared=%llu\n", (unsigned long long)shared);
    bench_report(4 * iters); /* lock + unlock per iteration per thread */
    return 0;
}
