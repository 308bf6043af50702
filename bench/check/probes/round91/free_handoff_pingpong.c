/* free: ping-pong: the producer waits (acquire) for ready==0 before each rewrite of
   payload, the consumer waits for ready==1 before reading and then release-stores 0. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static int payload;
static atomic_int ready;

static void *producer(void *arg) {
    (void)arg;
    for (int i = 0; i < 3; i++) {
        while (atomic_load_explicit(&ready, memory_order_acquire) != 0)
            ;
        payload = i;
        atomic_store_explicit(&ready, 1, memory_order_release);
    }
    return NULL;
}

static void *consumer(void *arg) {
    (void)arg;
    for (int i = 0; i < 3; i++) {
        while (atomic_load_explicit(&ready, memory_order_acquire) != 1)
            ;
        printf("%d\n", payload);
        atomic_store_explicit(&ready, 0, memory_order_release);
    }
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
