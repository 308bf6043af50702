// The serial thread writes total after the first barrier; everybody reads it
// only after a second barrier -> race-free.
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#define N 3
static pthread_barrier_t bar;
static int part[N];
static int total;
static int seen[N];
static void *worker(void *arg) {
    int id = (int)(long)arg;
    part[id] = id + 1;
    if (pthread_barrier_wait(&bar) == PTHREAD_BARRIER_SERIAL_THREAD)
        total = part[0] + part[1] + part[2];
    pthread_barrier_wait(&bar);
    seen[id] = total;
    return NULL;
}
int main(void) {
    pthread_barrier_init(&bar, NULL, N);
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%d %d\n", total, seen[0]);
    return 0;
}
