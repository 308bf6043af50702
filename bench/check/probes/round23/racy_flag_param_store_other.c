/* TRUTH: racy. the canceller thread sets ready through raise_flag(&ready) at any time; the consumer can see that store and read data while the producer is still writing data = 42 (the producer's own release store is not the one seen). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int ready;
int data;

static void raise_flag(atomic_int *f)
{
    atomic_store_explicit(f, 1, memory_order_release);
}

static void *producer(void *arg)
{
    (void)arg;
    data = 42;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}

static void *canceller(void *arg)
{
    (void)arg;
    raise_flag(&ready); /* wake the consumer early (shutdown path) */
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
    pthread_t p, c, k;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&k, NULL, canceller, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(k, NULL);
    pthread_join(c, NULL);
    return 0;
}
