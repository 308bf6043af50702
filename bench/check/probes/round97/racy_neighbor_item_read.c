/* RACY: each thread writes its own item's `val` but also reads the neighbour's
   `val`, which the neighbour thread is writing concurrently. */
#include <pthread.h>
#include <stdio.h>
#define N 4
struct cell { int val; int smoothed; };
static struct cell cells[N];
static void *step(void *a) {
    long i = (long)a;
    cells[i].val = (int)i * 10;
    cells[i].smoothed = (cells[i].val + cells[(i + 1) % N].val) / 2;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, step, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    for (int i = 0; i < N; i++) printf("%d\n", cells[i].smoothed);
    return 0;
}
