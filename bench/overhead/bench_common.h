/* Shared helpers of the overhead workloads: iteration count from argv, and the calls-made report. */
#ifndef WEFT_BENCH_COMMON_H
#define WEFT_BENCH_COMMON_H

#include <stdio.h>
#include <stdlib.h>

/* Iterations: argv[1] if given, else the workload's default. */
static inline long bench_iters(int argc, char **argv, long dflt)
{
    return argc > 1 ? atol(argv[1]) : dflt;
}

/* Every workload ends by printing how many interposed calls it made, for ns-per-call. */
static inline void bench_report(long calls)
{
    printf("calls=%ld\n", calls);
}

#endif
