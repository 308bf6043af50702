/* TRUTH: racy — m is an ERRORCHECK mutex: T1's second pthread_mutex_lock fails with EDEADLK (no second hold), so its first unlock releases m and the following shared++ runs unlocked, concurrently with T2's locked shared++ (T1's final unlock just returns EPERM). */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m;
static int shared;
static void *t1(void *arg) {
    for (int i = 0; i < 10000; i++) {
        pthread_mutex_lock(&m);
        pthread_mutex_lock(&m);       /* EDEADLK: not taken again */
        pthread_mutex_unlock(&m);     /* releases m */
        shared++;                     /* unprotected */
        pthread_mutex_unlock(&m);     /* EPERM */
    }
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 10000; i++) { pthread_mutex_lock(&m); shared++; pthread_mutex_unlock(&m); }
    return arg;
}
int main(void) {
    pthread_mutexattr_t at;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutex_init(&m, &at);
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", shared);
    return 0;
}
