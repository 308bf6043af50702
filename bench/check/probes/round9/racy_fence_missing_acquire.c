/* TRUTH: racy. The consumer uses a relaxed load without an acquire fence, so nothing orders the producer's write of msg before the consumer's read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static int msg;
static atomic_int flag;

static void *producer(void *arg)
{
    (void)arg;
    msg = 17;
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&flag, 1, memory_order_relaxed);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&flag, memory_order_relaxed))
        ;
    return (void *)(long)msg;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
