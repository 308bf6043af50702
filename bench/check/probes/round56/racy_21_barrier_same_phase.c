/* TRUTH: racy — after the barrier, thread 0 writes grid[1] while thread 1 reads grid[1] in the same phase (no second barrier); thread 0 vs thread 1. */
#include <pthread.h>
#include <stdio.h>

static pthread_barrier_t bar;
static int grid[2];
static int out[2];

static void *step(void *arg)
{
    int id = (int)(long)arg;
    grid[id] = id + 1;
    pthread_barrier_wait(&bar);
    if (id == 0)
        grid[1] = grid[0] * 2;
    else
        out[1] = grid[1];
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    pthread_barrier_init(&bar, NULL, 2);
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, step, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    pthread_barrier_destroy(&bar);
    printf("%d %d\n", grid[1], out[1]);
    return 0;
}
