/* TRUTH: racy — the "lock" loop is while (atomic_exchange(&L, 0)) — it writes 0 (free), never 1, so every thread passes immediately (L stays 0) and both threads run counter++ concurrently. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int L;
static long counter;
static void *worker(void *arg) {
    for (int i = 0; i < 10000; i++) {
        while (atomic_exchange(&L, 0))
            ;
        counter++;
        atomic_store(&L, 0);
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
