/* TRUTH: race-free. the producer writes data, release-stores ready = 1, waits for ack and only then resets ready to 0 (it never writes data again); the consumer reads data after seeing ready set and then stores ack. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int ready, ack;
int data;

static void *producer(void *arg)
{
    (void)arg;
    data = 21;
    atomic_store_explicit(&ready, 1, memory_order_release);
    while (!atomic_load_explicit(&ack, memory_order_acquire))
        ;
    atomic_store_explicit(&ready, 0, memory_order_release); /* re-arm */
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
    printf("%d\n", data);
    atomic_store_explicit(&ack, 1, memory_order_release);
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
