/* FREE: producer writes data then does a release store to an atomic flag; consumer
   spins with acquire loads before reading data. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static int data;
static atomic_int ready;
static void *producer(void *a) {
    (void)a;
    data = 123;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}
static void *consumer(void *a) {
    (void)a;
    while (!atomic_load_explicit(&ready, memory_order_acquire)) { }
    printf("%d\n", data);
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
