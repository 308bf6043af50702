/* racy: the spin condition is inverted (`while (!xchg)`): a thread that finds the
   lock HELD exits the loop at once, so two threads run the critical section together. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int lock;
static long counter;

static void *work(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        while (!atomic_exchange_explicit(&lock, 1, memory_order_acquire))
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
