/* racy: on the argc<=1 path the producer publishes the flag first and writes the
   payload afterwards, so the consumer's read can overlap that write. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static int payload;
static int fast;
static atomic_int ready;

static void *producer(void *arg) {
    (void)arg;
    if (fast) {
        payload = 1;
        atomic_store_explicit(&ready, 1, memory_order_release);
    } else {
        atomic_store_explicit(&ready, 1, memory_order_release);
        payload = 2;
    }
    return NULL;
}

static void *consumer(void *arg) {
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
    printf("%d\n", payload);
    return NULL;
}

int main(int argc, char **argv) {
    (void)argv;
    fast = argc > 1;
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
