/* TRUTH: racy — seqlock-style updates by TWO writer threads with no writer lock: each does __atomic_store_n(&d1, d1 + 1, RELAXED), whose plain read of d1 races with the other writer's atomic store to d1. */
#include <pthread.h>
#include <stdio.h>
static unsigned seq;
static int d1;
static void *writer(void *arg) {
    for (int i = 0; i < 10000; i++) {
        unsigned s = __atomic_fetch_add(&seq, 1, __ATOMIC_RELAXED);
        __atomic_thread_fence(__ATOMIC_RELEASE);
        __atomic_store_n(&d1, d1 + 1, __ATOMIC_RELAXED);   /* plain read of d1 */
        __atomic_store_n(&seq, s + 2, __ATOMIC_RELEASE);
    }
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, writer, NULL);
    pthread_create(&b, NULL, writer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", d1);
    return 0;
}
