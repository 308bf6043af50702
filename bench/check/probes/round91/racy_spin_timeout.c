/* racy: the exchange spinlock gives up after 100 tries and enters the critical
   section anyway, so two threads can update `counter` at once. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int lock;
static long counter;

static void spin_lock(atomic_int *l) {
    for (int tries = 0; tries < 100; tries++)
        if (!atomic_exchange_explicit(l, 1, memory_order_acquire))
            break;
}
static void spin_unlock(atomic_int *l) {
    atomic_store_explicit(l, 0, memory_order_release);
}

static void *work(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        spin_lock(&lock);
        counter++;
        spin_unlock(&lock);
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
