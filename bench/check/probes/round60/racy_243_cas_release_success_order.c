/* TRUTH: racy — CAS spin lock whose success order is memory_order_release (no acquire) and whose unlock is a release store: the taking CAS does not acquire, so the plain counter++ of successive critical sections in the two threads are unordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int L;
static long counter;
static void *worker(void *arg) {
    for (int i = 0; i < 10000; i++) {
        int e = 0;
        while (!atomic_compare_exchange_weak_explicit(&L, &e, 1, memory_order_release,
                                                      memory_order_relaxed))
            e = 0;
        counter++;
        atomic_store_explicit(&L, 0, memory_order_release);
    }
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
