/* TRUTH: free — phase 1 writes own slot, barrier, phase 2 reads the neighbour's slot and writes own out slot */
#include <pthread.h>
#include <stdio.h>

#define NT 4

static pthread_barrier_t bar;
static int stage1[NT];
static int stage2[NT];

static void *step(void *arg)
{
    int id = (int)(long)arg;
    stage1[id] = id * 10;
    pthread_barrier_wait(&bar);
    stage2[id] = stage1[id] + stage1[(id + 1) % NT];
    return NULL;
}

int main(void)
{
    pthread_t th[NT];
    pthread_barrier_init(&bar, NULL, NT);
    for (long i = 0; i < NT; i++)
        pthread_create(&th[i], NULL, step, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(th[i], NULL);
    pthread_barrier_destroy(&bar);
    for (int i = 0; i < NT; i++)
        printf("%d ", stage2[i]);
    putchar('\n');
    return 0;
}
