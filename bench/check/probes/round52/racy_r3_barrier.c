/* TRUTH: racy — B writes x=1 after the barrier; unordered with main's x=2 */
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
    pthread_barrier_wait(&bar);
    x = 1;
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
