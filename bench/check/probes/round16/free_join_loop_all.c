// race-free: every worker is joined before main sums the results.
#include <pthread.h>
#include <stdio.h>
#define N 4
static long results[N];
static pthread_t tids[N];

static void *work(void *arg)
{
    long id = (long)arg;
    results[id] = id * id;
    return NULL;
}

int main(void)
{
    for (long i = 0; i < N; i++)
        pthread_create(&tids[i], NULL, work, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(tids[i], NULL);
    long sum = 0;
    for (int i = 0; i < N; i++)
        sum += results[i];
    printf("%ld\n", sum);
    return 0;
}
