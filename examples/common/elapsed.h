/* A stopwatch the examples use to print their wall time on stderr (stdout stays deterministic). */
#ifndef WEFT_EXAMPLE_ELAPSED_H
#define WEFT_EXAMPLE_ELAPSED_H

#include <stdio.h>
#include <time.h>

/* Seconds on the monotonic clock, the one weft's traces use too. */
static inline double example_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Prints "<what>: <seconds> s" on stderr, so that traced and untraced stdout compare equal. */
static inline void example_report_elapsed(const char *what, double since)
{
    fprintf(stderr, "%s: %.2f s\n", what, example_now() - since);
}

#endif
