/* TRUTH: racy — T1 increments hits exactly when pthread_mutex_trylock FAILED (i.e. while T2 holds m and may be incrementing hits itself); that plain hits++ is unprotected and races with T2's locked hits++. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int hits;
static void *t1(void *arg) {
    for (int i = 0; i < 100000; i++) {
        if (pthread_mutex_trylock(&m) != 0)
            hits++;
        else
            pthread_mutex_unlock(&m);
    }
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 100000; i++) { pthread_mutex_lock(&m); hits++; pthread_mutex_unlock(&m); }
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", hits);
    return 0;
}
