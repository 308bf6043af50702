/* TRUTH: racy — T1 does __atomic_fetch_add(&x,1) under mutex m, T2 does a plain x++ without taking m; the plain access is unordered with T1's atomic RMW. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;
static void *t1(void *arg) {
    for (int i = 0; i < 10000; i++) {
        pthread_mutex_lock(&m);
        __atomic_fetch_add(&x, 1, __ATOMIC_RELAXED);
        pthread_mutex_unlock(&m);
    }
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 10000; i++) x++;
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
