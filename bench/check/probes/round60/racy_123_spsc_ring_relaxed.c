/* TRUTH: racy — the same SPSC ring but head/tail are loaded and stored RELAXED with no fences: the producer's plain slot write and the consumer's plain slot read (and the reuse write vs the earlier read) are unordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define CAP 4
#define ITEMS 1000
static atomic_uint head, tail;
static int ring[CAP];
static long sum;
static void *producer(void *arg) {
    for (unsigned h = 0; h < ITEMS; h++) {
        while (h - atomic_load_explicit(&tail, memory_order_relaxed) >= CAP)
            ;
        ring[h % CAP] = (int)h;
        atomic_store_explicit(&head, h + 1, memory_order_relaxed);
    }
    return arg;
}
static void *consumer(void *arg) {
    for (unsigned t = 0; t < ITEMS; t++) {
        while (atomic_load_explicit(&head, memory_order_relaxed) <= t)
            ;
        sum += ring[t % CAP];
        atomic_store_explicit(&tail, t + 1, memory_order_relaxed);
    }
    return arg;
}
int main(void) {
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%ld\n", sum);
    return 0;
}
