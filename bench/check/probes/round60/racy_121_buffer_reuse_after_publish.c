/* TRUTH: racy — the producer publishes buf with a RELEASE store, but then overwrites buf[0] plainly; the consumer (after its ACQUIRE load) reads buf[0]; the post-publish write is unordered with that read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int ready;
static int buf[2];
static int out;
static void *producer(void *arg) {
    buf[0] = 1;
    buf[1] = 2;
    atomic_store_explicit(&ready, 1, memory_order_release);
    buf[0] = 3;
    return arg;
}
static void *consumer(void *arg) {
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
    out = buf[0] + buf[1];
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, producer, NULL);
    pthread_create(&b, NULL, consumer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", out);
    return 0;
}
