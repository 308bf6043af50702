/* TRUTH: race-free. Each thread writes only sums[i] for its own i; join_all(t, NT) joins all NT threads before main reads every element. */
#include <pthread.h>
#include <stdio.h>

#define NT 4

static long sums[NT];

static void *work(void *arg)
{
    long i = (long)arg;
    long s = 0;
    for (long k = 0; k < 1000; k++)
        s += k * (i + 1);
    sums[i] = s;
    return NULL;
}

static void join_all(pthread_t *t, int n)
{
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
}

int main(void)
{
    pthread_t t[NT];
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, work, (void *)i);
    join_all(t, NT);
    long total = 0;
    for (int i = 0; i < NT; i++)
        total += sums[i];
    printf("%ld\n", total);
    return 0;
}
