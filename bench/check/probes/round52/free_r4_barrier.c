/* TRUTH: free — t's x=1 before the barrier, main's x=2 after it */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
pthread_barrier_t bar;
void *t(void *arg) {
    x = 1;
    pthread_barrier_wait(&bar);
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_barrier_init(&bar, NULL, 2);
    pthread_create(&th, NULL, t, NULL);
    pthread_barrier_wait(&bar);
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
