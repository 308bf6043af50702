/* TRUTH: racy. the constructor early_ready() sets ready to 1 before main runs, so the consumer's wait ends at once and it reads data concurrently with the producer's data = 42. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int ready;
int data;

__attribute__((constructor)) static void early_ready(void)
{
    atomic_store_explicit(&ready, 1, memory_order_release); /* leftover "already configured" path */
}

static void *producer(void *arg)
{
    (void)arg;
    data = 42;
    atomic_store_explicit(&ready, 1, memory_order_release);
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
