/* TRUTH: free — the producer writes payload then stores flag with release; the consumer spins on an acquire load of flag and reads payload only after seeing 1 */
#include <pthread.h>
#include <stdatomic.h>
static int payload;
static atomic_int flag;
static void *producer(void *arg)
{
    (void)arg;
    payload = 123;
    atomic_store_explicit(&flag, 1, memory_order_release);
    return NULL;
}
static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&flag, memory_order_acquire))
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
