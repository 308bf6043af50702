/* TRUTH: racy. ids[] is unsigned char; ids[j] = 128 * j stores 0,128,0,128, so workers 0 and 2 both get id 0 and both increment bucket[0] unlocked. */
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
        ids[j] = 128 * j;
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, &ids[i]);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%ld %ld\n", bucket[0], bucket[128]);
    return 0;
}
