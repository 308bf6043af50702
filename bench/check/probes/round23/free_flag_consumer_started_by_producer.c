/* TRUTH: race-free. the producer starts the consumer, then writes data and release-stores ready (its only store); the consumer reads data only after an acquire load saw ready set; the producer joins the consumer before returning. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int ready;
int data;

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
    printf("%d\n", data);
    return NULL;
}

static void *producer(void *arg)
{
    (void)arg;
    pthread_t c;
    pthread_create(&c, NULL, consumer, NULL);
    data = 99;
    atomic_store_explicit(&ready, 1, memory_order_release);
    pthread_join(c, NULL);
    return NULL;
}

int main(void)
{
    pthread_t p;
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    return 0;
}
