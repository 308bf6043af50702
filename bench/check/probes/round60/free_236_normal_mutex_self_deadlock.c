/* TRUTH: free — m is a PTHREAD_MUTEX_NORMAL mutex, for which relocking by the owner deadlocks (POSIX); T2 locks it twice, so it blocks forever and its write x = 2 never runs; x is otherwise written by T1 and read by main after joining T1 (main never joins T2 and exits). */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m;
static int x;
static void *t1(void *arg) { x = 1; return arg; }
static void *t2(void *arg) {
    pthread_mutex_lock(&m);
    pthread_mutex_lock(&m);   /* NORMAL mutex: deadlock */
    x = 2;
    pthread_mutex_unlock(&m);
    pthread_mutex_unlock(&m);
    return arg;
}
int main(void) {
    pthread_mutexattr_t at;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_NORMAL);
    pthread_mutex_init(&m, &at);
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    printf("%d\n", x);
    return 0;
}
