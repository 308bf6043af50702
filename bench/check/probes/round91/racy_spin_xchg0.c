/* racy: the "lock" exchanges 0 instead of 1, so the lock word never becomes 1 and
   every thread passes the spin immediately; `counter` is updated concurrently. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int lock;
static long counter;

static void *work(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        while (atomic_exchange_explicit(&lock, 0, memory_order_acquire))
            ;
        counter++;
        atomic_store_explicit(&lock, 0, memory_order_release);
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
