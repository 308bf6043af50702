/* TRUTH: racy — flag is stored and loaded relaxed, which creates no happens-before; the producer's write of payload and the consumer's read of payload race */
#include <pthread.h>
#include <stdatomic.h>
static int payload;
static atomic_int flag;
static void *producer(void *arg)
{
    (void)arg;
    payload = 123;
    atomic_store_explicit(&flag, 1, memory_order_relaxed);
    return NULL;
}
static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&flag, memory_order_relaxed))
        ;
    return (void *)(long)payload;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&b, NULL, consumer, NULL);
    pthread_create(&a, NULL, producer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
