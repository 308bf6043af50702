// Two-thread barrier (count N=2): the phase-1 write of cell[id] happens before
// the other thread's phase-2 read of it.
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#define N 2
static pthread_barrier_t bar;
static int cell[N];
static int result[N];
static void *worker(void *arg) {
    int id = (int)(long)arg;
    cell[id] = id * 10;
    pthread_barrier_wait(&bar);
    result[id] = cell[1 - id];
    return NULL;
}
int main(void) {
    pthread_barrier_init(&bar, NULL, N);
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%d %d\n", result[0], result[1]);
    return 0;
}
