/* racy: when `early` is set the spinlock is released BEFORE the update, so that
   thread's write of `counter` is unprotected and overlaps the other thread's. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>

static atomic_int lock;
static long counter;

static void *work(void *arg) {
    int early = (int)(intptr_t)arg;
    while (atomic_exchange_explicit(&lock, 1, memory_order_acquire))
        ;
    if (early)
        atomic_store_explicit(&lock, 0, memory_order_release);
    counter++;
    if (!early)
        atomic_store_explicit(&lock, 0, memory_order_release);
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, work, (void *)1);
    pthread_create(&b, NULL, work, (void *)0);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", counter);
    return 0;
}
