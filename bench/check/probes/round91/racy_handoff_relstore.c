/* racy (C11): the producer publishes with a RELAXED store (consumer uses acquire): no
   synchronizes-with, so the payload write and read are unordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

struct msg { int id; double value; char tag[8]; };
static struct msg payload;
static atomic_bool ready;

static void *producer(void *arg) {
    (void)arg;
    payload.id = 7;
    payload.value = 3.5;
    payload.tag[0] = 'x';
    atomic_store_explicit(&ready, 1, memory_order_relaxed);
    return NULL;
}

static void *consumer(void *arg) {
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
    printf("%d %f %c\n", payload.id, payload.value, payload.tag[0]);
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
