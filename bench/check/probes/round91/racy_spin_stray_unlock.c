/* racy: thread `b` releases the spinlock it does not hold before taking it, which can
   break `a`'s critical section: both can then be incrementing `counter`. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int lock;
static long counter;

static void spin_lock(void) {
    while (atomic_exchange_explicit(&lock, 1, memory_order_acquire))
        ;
}
static void spin_unlock(void) { atomic_store_explicit(&lock, 0, memory_order_release); }

static void *a_fn(void *arg) {
    (void)arg;
    spin_lock();
    counter++;
    spin_unlock();
    return NULL;
}

static void *b_fn(void *arg) {
    (void)arg;
    spin_unlock();
    spin_lock();
    counter++;
    spin_unlock();
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, a_fn, NULL);
    pthread_create(&b, NULL, b_fn, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", counter);
    return 0;
}
