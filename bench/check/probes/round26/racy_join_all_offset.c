/* TRUTH: racy. join_all(&t[1], 2) joins t[1] and t[2]; t[0] is still running when main reads
   part[0], which thread 0 writes. */
#include <pthread.h>
#include <stdio.h>

#define N 3
static long part[N];

static void *sum_part(void *arg)
{
    long i = (long)arg;
    part[i] = i * 100 + 1;
    return NULL;
}

static void join_all(pthread_t *ts, int n)
{
    for (int i = 0; i < n; i++)
        pthread_join(ts[i], NULL);
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, sum_part, (void *)i);
    join_all(&t[1], 2);
    printf("first %ld\n", part[0]);
    pthread_join(t[0], NULL);
    return 0;
}
