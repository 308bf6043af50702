/* free: the exchange spinlock with a retry limit only enters the critical section
   when the exchange actually returned 0; otherwise the update is skipped. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int lock;
static long counter;

static int spin_trylock(atomic_int *l) {
    for (int tries = 0; tries < 100; tries++)
        if (!atomic_exchange_explicit(l, 1, memory_order_acquire))
            return 1;
    return 0;
}
static void spin_unlock(atomic_int *l) {
    atomic_store_explicit(l, 0, memory_order_release);
}

static void *work(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        if (spin_trylock(&lock)) {
            counter++;
            spin_unlock(&lock);
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
