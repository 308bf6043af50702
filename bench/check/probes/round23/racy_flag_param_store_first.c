/* TRUTH: racy. producer's first store of ready is raise_flag(&ready) (through a pointer parameter), before it writes data = 42; the consumer can see that store and read data while the producer writes it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int ready;
int data;

/* Sets a flag with release order (the flag is passed in). */
static void raise_flag(atomic_int *f)
{
    atomic_store_explicit(f, 1, memory_order_release);
}

static void *producer(void *arg)
{
    (void)arg;
    raise_flag(&ready); /* too early: the payload is not written yet */
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
