/* TRUTH: racy — each thread does ONE compare-exchange on L (not a loop) and ignores whether it succeeded, then increments counter and stores L=0; when the CAS fails the increment runs without owning the "lock", concurrently with the owner's increment. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int L;
static long counter;
static void *worker(void *arg) {
    for (int i = 0; i < 10000; i++) {
        int e = 0;
        (void)atomic_compare_exchange_strong_explicit(&L, &e, 1, memory_order_acquire,
                                                      memory_order_relaxed);
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
