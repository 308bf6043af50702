// racy: the ready flag is stored and loaded relaxed, so it does not order the write of payload before the read.
#include <pthread.h>
#include <stdio.h>
#include <stdatomic.h>

static atomic_int ready;
static int payload;

static void *producer(void *arg)
{
    payload = 42;
    atomic_store_explicit(&ready, 1, memory_order_relaxed);
    return NULL;
}

static void *consumer(void *arg)
{
    while (!atomic_load_explicit(&ready, memory_order_relaxed))
        ;
    printf("%d\n", payload);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, producer, NULL);
    pthread_create(&b, NULL, consumer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
