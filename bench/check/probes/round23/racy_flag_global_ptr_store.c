/* TRUTH: racy. the watchdog thread release-stores ready through the global pointer ready_ptr; the consumer can see that store and read data while the producer writes data = 42. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int ready;
atomic_int *const ready_ptr = &ready;
int data;

static void *watchdog(void *arg)
{
    (void)arg;
    atomic_store_explicit(ready_ptr, 1, memory_order_release); /* give up waiting */
    return NULL;
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
    pthread_t p, c, w;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&w, NULL, watchdog, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(w, NULL);
    pthread_join(c, NULL);
    return 0;
}
