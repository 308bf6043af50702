/* TRUTH: racy — "spin lock" whose CAS and unlock store are both RELAXED with no fences: mutual exclusion of the lock word holds but there is no happens-before between critical sections, so the plain counter++ in the two threads race. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int L;
static long counter;
static void *worker(void *arg) {
    for (int i = 0; i < 10000; i++) {
        int e = 0;
        while (!atomic_compare_exchange_weak_explicit(&L, &e, 1, memory_order_relaxed,
                                                      memory_order_relaxed))
            e = 0;
        counter++;
        atomic_store_explicit(&L, 0, memory_order_relaxed);
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
