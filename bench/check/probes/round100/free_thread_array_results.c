/* TRUTH: free — each thread writes only results[id]; main sums after joining all */
#include <pthread.h>
#include <stdio.h>

#define N 8

static long results[N];
static int ids[N];

static void *square(void *arg)
{
    int id = *(int *)arg;
    results[id] = (long)id * id;
    return NULL;
}

int main(void)
{
    pthread_t th[N];
    long sum = 0;

    for (int i = 0; i < N; i++) {
        ids[i] = i;
        pthread_create(&th[i], NULL, square, &ids[i]);
    }
    for (int i = 0; i < N; i++)
        pthread_join(th[i], NULL);
    for (int i = 0; i < N; i++)
        sum += results[i];
    printf("sum of squares = %ld\n", sum);
    return 0;
}
