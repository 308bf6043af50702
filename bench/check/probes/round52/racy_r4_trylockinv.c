/* TRUTH: racy — t writes x=1 exactly when trylock FAILED, i.e. without the lock */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
#include <setjmp.h>
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *t(void *arg) {
    if (pthread_mutex_trylock(&m) == 0) {
        pthread_mutex_unlock(&m);
        return NULL;
    }
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, NULL);
    pthread_mutex_lock(&m);
    x = 2;
    pthread_mutex_unlock(&m);
    pthread_join(th, NULL);
    return 0;
}
