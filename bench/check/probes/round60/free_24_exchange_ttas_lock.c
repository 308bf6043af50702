/* TRUTH: free — test-and-test-and-set lock: while(atomic_exchange_explicit(&L,1,acquire)) while(atomic_load_explicit(&L,relaxed)); unlock is a release store; the plain shared array is only touched inside the lock. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int L;
static int hist[4];
static void lk(void) {
    while (atomic_exchange_explicit(&L, 1, memory_order_acquire))
        while (atomic_load_explicit(&L, memory_order_relaxed))
            ;
}
static void ulk(void) { atomic_store_explicit(&L, 0, memory_order_release); }
static void *worker(void *arg) {
    for (int i = 0; i < 1000; i++) { lk(); hist[i & 3]++; ulk(); }
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", hist[0], hist[3]);
    return 0;
}
