/* TRUTH: free — x is accessed atomically (__atomic_fetch_add) by T1 and plainly (x++) by T2, but both accesses are inside critical sections of the same mutex m, so they are ordered. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;
static void *t1(void *arg) {
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&m);
        __atomic_fetch_add(&x, 1, __ATOMIC_RELAXED);
        pthread_mutex_unlock(&m);
    }
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&m);
        x++;
        pthread_mutex_unlock(&m);
    }
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", x);
    return 0;
}
