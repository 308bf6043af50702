/* racy (C11): the spinlock is taken with a RELAXED exchange, so the acquirer does not
   synchronize with the previous holder's release; the two counter++ are unordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int lock;
static long counter;

static void spin_lock(atomic_int *l) {
    while (atomic_exchange_explicit(l, 1, memory_order_relaxed))
        ;
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
