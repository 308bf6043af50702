// Only thread 0 waits on the barrier (count 2) together with main; thread 1
// skips it, so its phase-2 read of cell[0] can precede thread 0's write -> race.
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
static pthread_barrier_t bar;
static int cell[2];
static int result[2];
static void *worker(void *arg) {
    int id = (int)(long)arg;
    cell[id] = id + 5;
    if (id == 0) pthread_barrier_wait(&bar);
    result[id] = cell[1 - id];
    return NULL;
}
int main(void) {
    pthread_barrier_init(&bar, NULL, 2);
    pthread_t t[2];
    for (long i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    pthread_barrier_wait(&bar);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    printf("%d %d\n", result[0], result[1]);
    return 0;
}
