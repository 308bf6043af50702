/* TRUTH: racy — all N threads do sum += ... on one global without a lock */
#include <pthread.h>
#include <stdio.h>

#define N 8
#define LEN 8000

static int data[LEN];
static long sum;

static void *partial(void *arg)
{
    long id = (long)arg;
    int chunk = LEN / N;
    for (int i = id * chunk; i < (id + 1) * chunk; i++)
        sum += data[i];
    return NULL;
}

int main(void)
{
    pthread_t th[N];
    for (int i = 0; i < LEN; i++)
        data[i] = i % 10;
    for (long i = 0; i < N; i++)
        pthread_create(&th[i], NULL, partial, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(th[i], NULL);
    printf("sum = %ld\n", sum);
    return 0;
}
