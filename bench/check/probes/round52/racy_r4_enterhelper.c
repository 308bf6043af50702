/* TRUTH: racy — enter(0) returns early without locking; x=1 unprotected */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void enter(int c) {
    if (!c) return;
    pthread_mutex_lock(&m);
}
static void leave(int c) {
    if (c) pthread_mutex_unlock(&m);
}
void *t(void *arg) {
    enter(0);
    x = 1;
    leave(0);
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
