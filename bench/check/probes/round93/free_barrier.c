// pthread_barrier phases: phase 1 each thread writes its own cell, after the
// barrier each thread only reads the other cells -> race-free.
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#define N 3
static pthread_barrier_t bar;
static int cell[N];
static int result[N];
static void *worker(void *arg) {
    int id = (int)(long)arg;
    cell[id] = id * 10;
    pthread_barrier_wait(&bar);
    int s = 0;
    for (int j = 0; j < N; j++) s += cell[j];
    result[id] = s;
    return NULL;
}
int main(void) {
    pthread_barrier_init(&bar, NULL, N);
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    pthread_barrier_destroy(&bar);
    printf("%d %d %d\n", result[0], result[1], result[2]);
    return 0;
}
