// Barrier of count 2 shared by 4 threads: the first two arrivals pass together,
// so a late thread's phase-1 write of cell[] can overlap an early phase-2 read.
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#define N 4
static pthread_barrier_t bar;
static int cell[N];
static int result[N];
static void *worker(void *arg) {
    int id = (int)(long)arg;
    cell[id] = id + 1;
    pthread_barrier_wait(&bar);
    result[id] = cell[(id + 1) % N];
    return NULL;
}
int main(void) {
    pthread_barrier_init(&bar, NULL, 2);
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%d\n", result[0]);
    return 0;
}
