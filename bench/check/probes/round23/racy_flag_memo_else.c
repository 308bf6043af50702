/* TRUTH: racy. producer's else branch writes data = 2 after publish() already release-stored ready; the consumer, having seen ready set by that store, reads data concurrently with the write (data = 2 at line 22 vs printf read at line 32). */
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
        publish();
        data = 2; /* after the release store: not ordered before the consumer's read */
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
