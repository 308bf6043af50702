/* TRUTH: race-free. do { join(t[j]) } while (++j < N) from j = 0 joins all four workers before main sums out[]. */
#include <pthread.h>
#include <stdio.h>

#define N 4
static long out[N];

static void *worker(void *arg)
{
    long i = (long)arg;
    out[i] = i << 3;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int j;
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    j = 0;
    do {
        pthread_join(t[j], NULL);
    } while (++j < N);
    long s = 0;
    for (int i = 0; i < N; i++)
        s += out[i];
    printf("%ld\n", s);
    return 0;
}
