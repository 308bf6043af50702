/* TRUTH: free — the producer writes msg (line 11) then stores ready with release; the consumer spins on an acquire load of ready and reads msg (line 20) only after seeing 1: release/acquire orders the write before the read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int ready;
static char msg[32];

static void *producer(void *arg) {
    (void)arg;
    snprintf(msg, sizeof msg, "hello"); // @A
    atomic_store_explicit(&ready, 1, memory_order_release);
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
