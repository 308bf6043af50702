/* racy: the producer publishes the flag (release) BEFORE writing the payload, so the
   consumer's read after its acquire spin overlaps the payload write. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static int payload;
static atomic_int ready;

static void *producer(void *arg) {
    (void)arg;
    atomic_store_explicit(&ready, 1, memory_order_release);
    payload = 99;
    return NULL;
}

static void *consumer(void *arg) {
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
    printf("%d\n", payload);
    return NULL;
}

int main(void) {
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
