/* racy: the consumer waits for `go`, which a third thread sets without touching the
   payload; nothing orders the producer's payload write before the consumer's read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static int payload;
static atomic_int ready, go;

static void *producer(void *arg) {
    (void)arg;
    payload = 99;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}

static void *starter(void *arg) {
    (void)arg;
    atomic_store_explicit(&go, 1, memory_order_release);
    return NULL;
}

static void *consumer(void *arg) {
    (void)arg;
    while (!atomic_load_explicit(&go, memory_order_acquire))
        ;
    printf("%d\n", payload);
    return NULL;
}

int main(void) {
    pthread_t p, s, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&s, NULL, starter, NULL);
    pthread_join(p, NULL);
    pthread_join(s, NULL);
    pthread_join(c, NULL);
    return 0;
}
