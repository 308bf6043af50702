/* TRUTH: free — phase 1: thread i writes cell[i]; pthread_barrier_wait; phase 2: thread i reads cell[(i+1)%N]. The barrier orders all phase-1 writes before all phase-2 reads; nobody writes cell in phase 2. */
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
    pthread_barrier_wait(&bar);
    got[i] = cell[(i + 1) % N];
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
