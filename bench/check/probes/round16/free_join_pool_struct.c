// race-free: the pool joins all its threads through pool.tids[i] before main reads the per-thread sums.
#include <pthread.h>
#include <stdio.h>
#define NT 4
struct pool { pthread_t tids[NT]; long sums[NT]; };
static struct pool pool;

static void *sum_range(void *arg)
{
    long id = (long)arg;
    long s = 0;
    for (long k = id * 100; k < (id + 1) * 100; k++)
        s += k;
    pool.sums[id] = s;
    return NULL;
}

int main(void)
{
    for (long i = 0; i < NT; i++)
        pthread_create(&pool.tids[i], NULL, sum_range, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(pool.tids[i], NULL);
    long total = 0;
    for (int i = 0; i < NT; i++)
        total += pool.sums[i];
    printf("%ld\n", total);
    return 0;
}
