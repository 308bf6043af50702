/* TRUTH: racy — smoothing thread i writes cell[i] and reads cell[i+1], which thread i+1 writes concurrently (no barrier); thread i vs thread i+1. */
#include <pthread.h>
#include <stdio.h>

#define N 4
static double cell[N + 1];

static void *smooth(void *arg)
{
    int i = (int)(long)arg;
    cell[i] = (cell[i] + cell[i + 1]) / 2.0;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (int i = 0; i <= N; i++)
        cell[i] = i * i;
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, smooth, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%f\n", cell[0]);
    return 0;
}
