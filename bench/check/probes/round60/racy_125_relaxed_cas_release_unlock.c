/* TRUTH: racy — spin lock acquired with a RELAXED compare-exchange (no acquire, no fence) and released with a RELEASE store: the next holder's relaxed CAS reads the unlock store but does not synchronize with it, so the plain counter++ of successive critical sections in the two threads are unordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int L;
static long counter;
static void lk(void) {
    int e;
    do {
        e = 0;
    } while (!atomic_compare_exchange_weak_explicit(&L, &e, 1, memory_order_relaxed,
                                                    memory_order_relaxed));
}
static void ulk(void) { atomic_store_explicit(&L, 0, memory_order_release); }
static void *worker(void *arg) {
    for (int i = 0; i < 10000; i++) { lk(); counter++; ulk(); }
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", counter);
    return 0;
}
