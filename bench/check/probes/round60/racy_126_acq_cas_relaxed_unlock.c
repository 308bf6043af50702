/* TRUTH: racy — spin lock acquired with an ACQUIRE CAS but released with a RELAXED store (no release, no fence): the acquire CAS reads a relaxed store and synchronizes with nothing, so the plain counter++ in the two threads race. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int L;
static long counter;
static void lk(void) {
    int e;
    do {
        e = 0;
    } while (!atomic_compare_exchange_weak_explicit(&L, &e, 1, memory_order_acquire,
                                                    memory_order_relaxed));
}
static void ulk(void) { atomic_store_explicit(&L, 0, memory_order_relaxed); }
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
