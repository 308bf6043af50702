/* TRUTH: racy. in case 1 the producer calls publish() (release store of ready) and then writes data = 5; the consumer, released by that store, reads data concurrently with the write. */
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
    switch (rand() % 3) {
    case 0:
        publish(); /* empty message */
        break;
    case 1:
        publish();
        data = 5; /* bug: written after the release */
        break;
    default:
        data = 6;
        publish();
        break;
    }
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (atomic_load_explicit(&ready, memory_order_acquire) == 0)
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
