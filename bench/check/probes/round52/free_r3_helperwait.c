/* TRUTH: free — B's x=1 then seq_cst store; A waits in helper; main joins A */
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
    x = 1;
    atomic_store(&f, 1);
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
