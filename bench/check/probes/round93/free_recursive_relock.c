// Same double lock on a RECURSIVE mutex: the first unlock only drops the count
// to 1, so counter += 2 is still under m -> race-free.
#define _XOPEN_SOURCE 700
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m;
static int counter;
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&m);
        pthread_mutex_lock(&m);
        counter++;
        pthread_mutex_unlock(&m);
        counter += 2;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}
int main(void) {
    pthread_mutexattr_t at;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&m, &at);
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL); pthread_join(b, NULL);
    printf("%d\n", counter);
    return 0;
}
