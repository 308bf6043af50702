// Two barriers per iteration (write phase, read phase): the next write of
// cell[id] waits until the other thread finished reading it -> race-free.
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#define N 2
static pthread_barrier_t bar;
static int cell[N];
static int acc[N];
static void *worker(void *arg) {
    int id = (int)(long)arg;
    for (int k = 0; k < 10; k++) {
        cell[id] = k + id;
        pthread_barrier_wait(&bar);
        acc[id] += cell[1 - id];
        pthread_barrier_wait(&bar);
    }
    return NULL;
}
int main(void) {
    pthread_barrier_init(&bar, NULL, N);
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%d %d\n", acc[0], acc[1]);
    return 0;
}
