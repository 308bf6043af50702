/* TRUTH: race-free. the producer's only modification of ready is one fetch_add with release order after writing data; ready starts at 0, so the consumer's acquire load that sees it nonzero reads from that release. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int ready;
int data;

static void *producer(void *arg)
{
    (void)arg;
    data = 8;
    atomic_fetch_add_explicit(&ready, 1, memory_order_release);
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
