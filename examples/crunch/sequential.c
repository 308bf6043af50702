/* Crunch, sequential: counts primes on one core. */
#include "elapsed.h"
#include "primes.h"

#include <stdio.h>

int main(int argc, char **argv)
{
    long limit = primes_parse_limit(argc, argv);
    if (limit < 0)
        return 2;
    double start = example_now();
    long count = 1 + count_primes(3, limit, 2); /* 2, then the odd numbers */
    example_report_elapsed("crunch-sequential", start);
    printf("%ld primes below %ld\n", count, limit);
    return 0;
}
