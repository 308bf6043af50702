/* TRUTH: free — spin lock whose acquire is a RELAXED CAS loop followed by atomic_thread_fence(acquire) and whose release is atomic_thread_fence(release) followed by a RELAXED store of 0; the fences pair through the lock word, so the plain counter accesses in the critical sections are ordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int L;
static long counter;
static void lk(void) {
    int e = 0;
    while (!atomic_compare_exchange_weak_explicit(&L, &e, 1, memory_order_relaxed,
                                                  memory_order_relaxed))
        e = 0;
    atomic_thread_fence(memory_order_acquire);
}
static void ulk(void) {
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&L, 0, memory_order_relaxed);
}
static void *worker(void *arg) {
    for (int i = 0; i < 1000; i++) { lk(); counter++; ulk(); }
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
