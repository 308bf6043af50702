/* TRUTH: free — B writes x=1 before the barrier A also waits on; main joins A */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
pthread_barrier_t bar;
void *B(void *arg) {
    x = 1;
    pthread_barrier_wait(&bar);
    return NULL;
}
void *A(void *arg) {
    pthread_barrier_wait(&bar);
    return NULL;
}
int main(void) {
    pthread_t ta, tb;
    pthread_barrier_init(&bar, NULL, 2);
    pthread_create(&tb, NULL, B, NULL);
    pthread_create(&ta, NULL, A, NULL);
    pthread_join(ta, NULL);
    x = 2;
    pthread_join(tb, NULL);
    return 0;
}
