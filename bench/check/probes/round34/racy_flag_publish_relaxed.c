/* TRUTH: racy — the flag store is relaxed: seeing ready == 1 with an acquire load does not synchronize with a relaxed store, so the consumer's read of msg[0] (line 20) is unordered with the producer's write (line 11). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int ready;
static char msg[32];

static void *producer(void *arg) {
    (void)arg;
    snprintf(msg, sizeof msg, "hello"); // @A
    atomic_store_explicit(&ready, 1, memory_order_relaxed);
    return NULL;
}

static void *consumer(void *arg) {
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
    return (void *)(long)msg[0]; // @B
}

int main(void) {
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
