/* TRUTH: free. Each thread writes only its own cell in phase 1; after the barrier they only read the neighbour's cell, and the barrier orders phase 1 before phase 2. */
#include <pthread.h>
#include <stdio.h>

static pthread_barrier_t bar;
static int cell[2];
static int seen[2];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    cell[id] = id + 10;
    pthread_barrier_wait(&bar);
    seen[id] = cell[1 - id];
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    int ids[2] = { 0, 1 };
    pthread_barrier_init(&bar, NULL, 2);
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, &ids[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", seen[0], seen[1]);
    pthread_barrier_destroy(&bar);
    return 0;
}
