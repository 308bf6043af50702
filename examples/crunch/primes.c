/* Trial-division prime counting, deliberately naive so that it keeps a core busy. */
#include "primes.h"

#include <stdio.h>
#include <stdlib.h>

static int is_prime(long n)
{
    if (n < 2)
        return 0;
    if (n % 2 == 0)
        return n == 2;
    for (long d = 3; d * d <= n; d += 2)
        if (n % d == 0)
            return 0;
    return 1;
}

long count_primes(long first, long limit, long step)
{
    long count = 0;
    for (long n = first; n < limit; n += step)
        count += is_prime(n);
    return count;
}

long primes_parse_limit(int argc, char **argv)
{
    long limit = argc > 1 ? atol(argv[1]) : PRIMES_DEFAULT_LIMIT;
    if (argc > 2 || limit < 10) {
        fprintf(stderr, "usage: %s [LIMIT]   (count the primes below LIMIT, at least 10)\n", argv[0]);
        return -1;
    }
    return limit;
}
