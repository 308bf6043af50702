// Lock-free counter: a CAS loop on an _Atomic long, starting from an atomic
// load; every access to counter is atomic, so no data race.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static _Atomic long counter;
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        long old = atomic_load_explicit(&counter, memory_order_relaxed);
        while (!atomic_compare_exchange_weak_explicit(&counter, &old, old + 1,
                   memory_order_relaxed, memory_order_relaxed))
            ;
    }
    return NULL;
}
int main(void) {
    pthread_t t[4];
    for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    printf("%ld\n", atomic_load(&counter));
    return 0;
}
