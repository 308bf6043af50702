/* TRUTH: racy — the producer sets ready before writing msg (line 12): the consumer can see ready == 1 and read msg[0] (line 20) while snprintf writes it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int ready;
static char msg[32];

static void *producer(void *arg) {
    (void)arg;
    atomic_store_explicit(&ready, 1, memory_order_release);
    snprintf(msg, sizeof msg, "hello"); // @A
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
