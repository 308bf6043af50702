/* TRUTH: race-free. Two workers and a pthread_barrier of count 2, each waiting exactly once: phase 1 each writes its own half of grid.cell, phase 2 (after the barrier) each reads the other's half. */
#include <pthread.h>

struct grid { int cell[2]; pthread_barrier_t bar; };

static struct grid g;
static int out[2];

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    g.cell[id] = id + 10;
    pthread_barrier_wait(&g.bar);
    out[id] = g.cell[1 - id];
    return NULL;
}

int main(void)
{
    pthread_t t0, t1;
    pthread_barrier_init(&g.bar, NULL, 2);
    pthread_create(&t0, NULL, worker, (void *)0L);
    pthread_create(&t1, NULL, worker, (void *)1L);
    pthread_join(t0, NULL);
    pthread_join(t1, NULL);
    pthread_barrier_destroy(&g.bar);
    return out[0] + out[1];
}
