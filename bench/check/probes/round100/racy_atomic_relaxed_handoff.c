/* TRUTH: racy — flag uses memory_order_relaxed, so no happens-before from the write of value to its read */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static int value;
static atomic_bool published;

static void *producer(void *arg)
{
    (void)arg;
    value = 1234;
    atomic_store_explicit(&published, 1, memory_order_relaxed);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&published, memory_order_relaxed))
        ;
    printf("value=%d\n", value);
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
