/* TRUTH: racy — B sets f before x=1; main's x=2 is unordered with it */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
atomic_int f;
static void wait_ready(void) {
    while (!atomic_load(&f))
        sched_yield();
}
void *B(void *arg) {
    atomic_store(&f, 1);
    x = 1;
    return NULL;
}
void *A(void *arg) {
    wait_ready();
    return NULL;
}
int main(void) {
    pthread_t ta, tb;
    pthread_create(&tb, NULL, B, NULL);
    pthread_create(&ta, NULL, A, NULL);
    pthread_join(ta, NULL);
    x = 2;
    pthread_join(tb, NULL);
    return 0;
}
