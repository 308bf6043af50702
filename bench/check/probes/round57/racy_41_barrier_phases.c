/* TRUTH: racy — thread i reads its neighbour's cell[(i+1)%N] BEFORE the barrier, while thread (i+1)%N may still be writing cell[(i+1)%N]. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#define N 4
static pthread_barrier_t bar;
static int cell[N];
static int got[N];
static void *step(void *a) {
    int i = (int)(intptr_t)a;
    cell[i] = i * i;
    got[i] = cell[(i + 1) % N];
    pthread_barrier_wait(&bar);
    return NULL;
}
int main(void) {
    pthread_barrier_init(&bar, NULL, N);
    pthread_t t[N];
    for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, step, (void *)(intptr_t)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    pthread_barrier_destroy(&bar);
    printf("%d\n", got[0] + got[1] + got[2] + got[3]);
    return 0;
}
