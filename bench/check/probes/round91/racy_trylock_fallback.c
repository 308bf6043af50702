/* racy: if the exchange-based trylock fails, the thread updates `counter` anyway
   (without the lock), concurrently with the current lock holder. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int lock;
static long counter;

static void *work(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        if (atomic_exchange_explicit(&lock, 1, memory_order_acquire) == 0) {
            counter++;
            atomic_store_explicit(&lock, 0, memory_order_release);
        } else {
            counter += 2;
        }
    }
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, work, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", counter);
    return 0;
}
