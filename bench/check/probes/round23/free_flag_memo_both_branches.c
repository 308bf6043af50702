/* TRUTH: race-free. on both branches the producer writes data before publish() release-stores ready and never writes data afterwards; the consumer reads data after its acquire load saw ready set. */
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
    if (rand() & 1) {
        data = 1;
        publish();
    } else {
        data = 2;
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
