/* TRUTH: racy. on the loop path the producer publishes in iteration 0 and then writes data = 1, data = 2 in later iterations; the consumer, released by the first publish, reads data concurrently with those later writes. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

atomic_int ready;
int data;

static void publish(void)
{
    atomic_store_explicit(&ready, 1, memory_order_release);
}

static void *producer(void *arg)
{
    (void)arg;
    if (rand() & 1) { /* nothing to send this time: just wake the consumer */
        publish();
        return NULL;
    }
    for (int i = 0; i < 3; i++) {
        data = i; /* iterations 1 and 2 write after the first publish */
        publish();
    }
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
    printf("%d\n", data);
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
