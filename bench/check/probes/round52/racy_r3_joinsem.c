/* TRUTH: racy — B posts before writing x=1; main's x=2 after joining A is unordered with it */
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
int main(void) {
    pthread_t ta, tb;
    sem_init(&s, 0, 0);
    pthread_create(&tb, NULL, B, NULL);
    pthread_create(&ta, NULL, A, NULL);
    pthread_join(ta, NULL);
    x = 2;
    pthread_join(tb, NULL);
    return 0;
}
