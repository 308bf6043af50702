/* TRUTH: racy. __atomic_store_n/__atomic_load_n with __ATOMIC_RELAXED on the flag give no ordering, so the consumer's read of msg races with the producer's write. */
#include <pthread.h>
#include <stdio.h>

static int msg;
static int flag;

static void *producer(void *arg)
{
    (void)arg;
    msg = 7;
    __atomic_store_n(&flag, 1, __ATOMIC_RELAXED);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!__atomic_load_n(&flag, __ATOMIC_RELAXED))
        ;
    return (void *)(long)msg;
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
