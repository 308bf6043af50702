// Main writes input before the barrier, the worker reads it after the barrier:
// the barrier orders them -> race-free.
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
static pthread_barrier_t bar;
static int input;
static int output;
static void *worker(void *arg) {
    (void)arg;
    pthread_barrier_wait(&bar);
    output = input * 2;
    return NULL;
}
int main(void) {
    pthread_barrier_init(&bar, NULL, 2);
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    input = 21;
    pthread_barrier_wait(&bar);
    pthread_join(t, NULL);
    printf("%d\n", output);
    return 0;
}
