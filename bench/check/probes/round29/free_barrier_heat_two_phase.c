/* TRUTH: race-free. Jacobi heat simulation: each step, workers compute next[] for their own cells from cur[] (read-only in that phase), barrier, copy their own cells next->cur, barrier. A cell of cur is written only in the copy phase by its owner and read (as a neighbour) only in the compute phase: the barriers separate them. */
#include <pthread.h>
#include <stdio.h>

#define CELLS 64
#define NT 4
#define PER (CELLS / NT)
#define STEPS 10

static double cur[CELLS + 2], next[CELLS + 2];
static pthread_barrier_t bar;

static void *sim(void *arg)
{
    int id = (int)(long)arg;
    int lo = 1 + id * PER, hi = lo + PER;
    for (int s = 0; s < STEPS; s++) {
        for (int i = lo; i < hi; i++)
            next[i] = 0.25 * cur[i - 1] + 0.5 * cur[i] + 0.25 * cur[i + 1];
        pthread_barrier_wait(&bar);
        for (int i = lo; i < hi; i++)
            cur[i] = next[i];
        pthread_barrier_wait(&bar);
    }
    return NULL;
}

int main(void)
{
    pthread_t th[NT];
    cur[CELLS / 2] = 100.0;
    pthread_barrier_init(&bar, NULL, NT);
    for (long t = 0; t < NT; t++)
        pthread_create(&th[t], NULL, sim, (void *)t);
    for (int t = 0; t < NT; t++)
        pthread_join(th[t], NULL);
    pthread_barrier_destroy(&bar);
    for (int i = 1; i <= CELLS; i++)
        printf("%.2f ", cur[i]);
    printf("\n");
    return 0;
}
