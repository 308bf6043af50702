/* TRUTH: racy. the cleanup handler announce() runs when the setup block ends, release-storing ready before the producer writes data = 42; the consumer can see that store and read data while the producer writes it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int ready;
int data;
int scratch;

static void announce(int *unused)
{
    (void)unused;
    atomic_store_explicit(&ready, 1, memory_order_release);
}

static void *producer(void *arg)
{
    (void)arg;
    {
        int guard __attribute__((cleanup(announce))) = 0; /* signals at the end of this block */
        scratch = guard + 1;
    }
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
