/* TRUTH: race-free. ids[] is unsigned char; ids[j] = 60 * j stores 0,60,120,180 (no wrap), so each worker increments its own bucket[]. */
#include <pthread.h>
#include <stdio.h>

#define N 4
static unsigned char ids[N];
static long bucket[256];

static void *worker(void *arg)
{
    int id = *(unsigned char *)arg;
    bucket[id] += 1;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int j;
    for (j = 0; j < N; j++)
        ids[j] = 60 * j;
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, &ids[i]);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%ld %ld\n", bucket[0], bucket[180]);
    return 0;
}
