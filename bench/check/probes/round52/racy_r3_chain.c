/* TRUTH: racy — B posts s2 before x=1; main's x=2 is unordered with it */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
sem_t s1, s2;
void *B(void *arg) {
    sem_post(&s2);
    x = 1;
    return NULL;
}
void *C(void *arg) {
    sem_wait(&s2);
    sem_post(&s1);
    return NULL;
}
void *A(void *arg) {
    sem_wait(&s1);
    return NULL;
}
int main(void) {
    pthread_t ta, tb, tc;
    sem_init(&s1, 0, 0);
    sem_init(&s2, 0, 0);
    pthread_create(&tb, NULL, B, NULL);
    pthread_create(&tc, NULL, C, NULL);
    pthread_create(&ta, NULL, A, NULL);
    pthread_join(ta, NULL);
    x = 2;
    pthread_join(tb, NULL);
    pthread_join(tc, NULL);
    return 0;
}
