/* Pure computation with no interposed call: the control, which tracing must not slow down. */
#include <stdint.h>

#include "bench_common.h"

int main(int argc, char **argv)
{
    long iters = bench_iters(argc, argv, 300000000);
    uint64_t x = 88172645463325252ull;

    for (long i = 0; i < iters; i++) { /* xorshift: cheap, not optimizable away */
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    printf("x=%llu\n", (unsigned long long)x); /* keeps the loop alive */
    bench_report(0);
    return 0;
}
