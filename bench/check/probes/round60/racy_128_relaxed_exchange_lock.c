/* TRUTH: racy — lock via while(atomic_exchange_explicit(&L,1,memory_order_relaxed)); unlock atomic_store_explicit(&L,0,memory_order_release); the relaxed exchange does not acquire, so the plain counter++ in the two threads race. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int L;
static long counter;
static void *worker(void *arg) {
    for (int i = 0; i < 10000; i++) {
        while (atomic_exchange_explicit(&L, 1, memory_order_relaxed))
            ;
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
