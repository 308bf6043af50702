/* TRUTH: racy — read locks are shared; both threads write x under rdlock */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
#include <setjmp.h>
int x;
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
void *t(void *arg) {
    pthread_rwlock_rdlock(&rw);
    x++;
    pthread_rwlock_unlock(&rw);
    return NULL;
}
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, t, NULL);
    pthread_create(&t2, NULL, t, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return x;
}
