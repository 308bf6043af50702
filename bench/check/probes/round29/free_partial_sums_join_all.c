/* TRUTH: race-free. Worker i writes only partial[i] (index from its integer argument) over its own chunk; main reads partial[] after joining every worker. */
#include <pthread.h>
#include <stdio.h>

#define N 100000
#define NT 4
#define CH (N / NT)

static int data[N];
static long long partial[NT];

static void *sum_chunk(void *arg)
{
    long id = (long)arg;
    long long s = 0;
    for (int i = 0; i < CH; i++)
        s += data[id * CH + i];
    partial[id] = s;
    return NULL;
}

int main(void)
{
    pthread_t th[NT];
    for (int i = 0; i < N; i++)
        data[i] = i % 13;
    for (long i = 0; i < NT; i++)
        if (pthread_create(&th[i], NULL, sum_chunk, (void *)i) != 0)
            return 1;
    long long total = 0;
    for (int i = 0; i < NT; i++) {
        pthread_join(th[i], NULL);
        total += partial[i];
    }
    printf("%lld\n", total);
    return 0;
}
