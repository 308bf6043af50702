/* TRUTH: free — c is 0, x=1 is written holding m */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *t(void *arg) {
    int c = sizeof(int) == 0;
    pthread_mutex_lock(&m);
    if (c)
        pthread_mutex_unlock(&m);
    x = 1;
    if (!c)
        pthread_mutex_unlock(&m);
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
