/* TRUTH: free — A retries sem_trywait until it succeeds, which needs B's post after x=1 */
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
    x = 1;
    sem_post(&s);
    return NULL;
}
void *A(void *arg) {
    while (sem_trywait(&s) != 0)
        sched_yield();
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
