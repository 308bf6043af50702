/* The CPU-heavy work the crunch examples share: counting primes by trial division. */
#ifndef WEFT_EXAMPLE_PRIMES_H
#define WEFT_EXAMPLE_PRIMES_H

/* Default upper bound: about 2 s of one core on a 2020s machine. */
#define PRIMES_DEFAULT_LIMIT 8000000L

/* Counts the primes p < limit with p = first + k*step (k >= 0).  Pure computation: no
 * call that could block, so a trace of it is all "running". */
long count_primes(long first, long limit, long step);

/* Reads the optional LIMIT argument; returns -1 (after printing usage) when it is wrong. */
long primes_parse_limit(int argc, char **argv);

#endif
