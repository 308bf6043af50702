// Main writes input only after the barrier, and the worker reads it after the
// same barrier: both accesses are in phase 2 -> race on input.
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
    pthread_barrier_wait(&bar);
    input = 21;
    pthread_join(t, NULL);
    printf("%d\n", output);
    return 0;
}
