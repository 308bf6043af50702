// Error-checking mutex (type taken from a variable) locked twice: 2nd lock fails
// with EDEADLK, the first unlock releases m, counter += 2 is unprotected -> race.
#define _XOPEN_SOURCE 700
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m;
static int counter;
static int kind = PTHREAD_MUTEX_ERRORCHECK;
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
    pthread_mutexattr_settype(&at, kind);
    pthread_mutex_init(&m, &at);
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL); pthread_join(b, NULL);
    printf("%d\n", counter);
    return 0;
}
