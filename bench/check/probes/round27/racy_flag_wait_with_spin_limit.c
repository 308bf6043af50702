/* TRUTH: racy. The consumer gives up waiting after a spin budget ("while (!ready && spins-- > 0)") and reads the result anyway; it can leave the loop without having seen ready, so its read of 'result' races with the producer's write. */
#include <pthread.h>
#include <stdatomic.h>

static atomic_int ready;
static int result;

static void *producer(void *arg)
{
    (void)arg;
    result = 12345;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    long spins = 1000;
    while (!atomic_load_explicit(&ready, memory_order_acquire) && spins-- > 0)
        ;
    return (void *)(long)result;
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
