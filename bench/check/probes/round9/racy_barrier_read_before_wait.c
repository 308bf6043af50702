/* TRUTH: racy. Each thread reads the neighbour's cell before the barrier, racing with the neighbour's phase-1 write. */
#include <pthread.h>
#include <stdio.h>

static pthread_barrier_t bar;
static int cell[2];
static int seen[2];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    cell[id] = id + 10;
    seen[id] = cell[1 - id];
    pthread_barrier_wait(&bar);
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
