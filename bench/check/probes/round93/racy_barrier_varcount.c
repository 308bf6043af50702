// Barrier count comes from a variable that is 1, so pthread_barrier_wait does
// not wait for the other thread: phase-2 read overlaps phase-1 write -> race.
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
static pthread_barrier_t bar;
static unsigned parties = 1;
static int cell[2];
static int result[2];
static void *worker(void *arg) {
    int id = (int)(long)arg;
    cell[id] = id + 5;
    pthread_barrier_wait(&bar);
    result[id] = cell[1 - id];
    return NULL;
}
int main(void) {
    pthread_barrier_init(&bar, NULL, parties);
    pthread_t t[2];
    for (long i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    printf("%d %d\n", result[0], result[1]);
    return 0;
}
