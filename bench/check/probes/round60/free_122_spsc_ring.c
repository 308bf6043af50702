/* TRUTH: free — single-producer/single-consumer ring: the producer writes ring[h%4] plainly only when h - tail(acquire) < 4, then RELEASE-stores head; the consumer reads ring[t%4] only when head(acquire) > t, then RELEASE-stores tail. Each slot write happens-after the consumer's previous read of that slot (via tail) and before its next read (via head). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define CAP 4
#define ITEMS 100
static atomic_uint head, tail;
static int ring[CAP];
static long sum;
static void *producer(void *arg) {
    for (unsigned h = 0; h < ITEMS; h++) {
        while (h - atomic_load_explicit(&tail, memory_order_acquire) >= CAP)
            ;
        ring[h % CAP] = (int)h;
        atomic_store_explicit(&head, h + 1, memory_order_release);
    }
    return arg;
}
static void *consumer(void *arg) {
    for (unsigned t = 0; t < ITEMS; t++) {
        while (atomic_load_explicit(&head, memory_order_acquire) <= t)
            ;
        sum += ring[t % CAP];
        atomic_store_explicit(&tail, t + 1, memory_order_release);
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
