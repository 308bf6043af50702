/* racy (C11): the spinlock is released with a RELAXED store, so the next acquirer does not
   synchronize with the previous holder; its counter++ is unordered with the previous one. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int lock;
static long counter;

static void spin_lock(atomic_int *l) {
    while (atomic_exchange_explicit(l, 1, memory_order_acquire))
        ;
}
static void spin_unlock(atomic_int *l) {
    atomic_store_explicit(l, 0, memory_order_relaxed);
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
