/* TRUTH: racy — B posts before x=1; C (started after joining A) writes x=2 unordered */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
sem_t s;
void *B(void *arg) {
    sem_post(&s);
    x = 1;
    return NULL;
}
void *A(void *arg) {
    sem_wait(&s);
    return NULL;
}
void *C(void *arg) {
    x = 2;
    return NULL;
}
int main(void) {
    pthread_t ta, tb, tc;
    sem_init(&s, 0, 0);
    pthread_create(&tb, NULL, B, NULL);
    pthread_create(&ta, NULL, A, NULL);
    pthread_join(ta, NULL);
    pthread_create(&tc, NULL, C, NULL);
    pthread_join(tc, NULL);
    pthread_join(tb, NULL);
    return 0;
}
