/* TRUTH: free — both threads lock locks[0] */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
#include <setjmp.h>
int x;
pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
void *t(void *arg) {
    long i = (long)arg;
    pthread_mutex_lock(&locks[i]);
    x++;
    pthread_mutex_unlock(&locks[i]);
    return NULL;
}
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, t, (void *)0L);
    pthread_create(&t2, NULL, t, (void *)0L);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return x;
}
