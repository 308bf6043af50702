/* TRUTH: racy — the barrier is initialised with count 1, so each pthread_barrier_wait returns immediately and orders nothing; thread 0's plain write of stage (after its "barrier") races with thread 1's plain read. */
#include <pthread.h>
#include <stdio.h>
static pthread_barrier_t bar;
static int stage;
static int seen;
static void *t0(void *arg) {
    pthread_barrier_wait(&bar);
    stage = 1;
    return arg;
}
static void *t1(void *arg) {
    pthread_barrier_wait(&bar);
    seen = stage;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_barrier_init(&bar, NULL, 1);
    pthread_create(&a, NULL, t0, NULL);
    pthread_create(&b, NULL, t1, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", seen);
    return 0;
}
