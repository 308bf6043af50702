// race-free: each worker gets its own index ids[i] = i and only touches counts[id].
#include <pthread.h>
#include <stdio.h>
#define N 4
static int counts[N];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    for (int k = 0; k < 1000; k++)
        counts[id]++;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int ids[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, worker, &ids[i]);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < N; i++)
        printf("%d\n", counts[i]);
    return 0;
}
