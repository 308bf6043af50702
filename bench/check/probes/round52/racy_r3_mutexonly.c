/* TRUTH: racy — A may lock m before B does; main's x=2 then races with B's x=1 */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
int done;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *B(void *arg) {
    pthread_mutex_lock(&m);
    x = 1;
    done = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}
void *A(void *arg) {
    pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
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
