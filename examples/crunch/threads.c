/* Crunch, threads: the same count split over 2 threads, one per core. */
#include "elapsed.h"
#include "primes.h"

#include <pthread.h>
#include <stdio.h>

/* Thread k takes the odd numbers 3+2k, 3+2k+4, ...: interleaving balances the work, since
 * bigger numbers cost more to test. */
struct share {
    long first, limit, count;
};

static void *crunch(void *arg)
{
    struct share *s = arg;
    s->count = count_primes(s->first, s->limit, 4);
    return NULL;
}

int main(int argc, char **argv)
{
    long limit = primes_parse_limit(argc, argv);
    if (limit < 0)
        return 2;
    double start = example_now();
    pthread_t tid[2];
    struct share shares[2];
    for (int k = 0; k < 2; k++) {
        shares[k] = (struct share){.first = 3 + 2 * k, .limit = limit};
        if (pthread_create(&tid[k], NULL, crunch, &shares[k]) != 0) {
            perror("pthread_create");
            return 1;
        }
    }
    long count = 1;
    for (int k = 0; k < 2; k++) {
        pthread_join(tid[k], NULL);
        count += shares[k].count;
    }
    example_report_elapsed("crunch-threads", start);
    printf("%ld primes below %ld\n", count, limit);
    return 0;
}
