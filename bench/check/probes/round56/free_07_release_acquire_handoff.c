/* TRUTH: free — producer writes payload then does a release store of ready; consumer spins on an acquire load until it sees 1 and only then reads payload, so write happens-before read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static int payload[4];
static atomic_int ready;

static void *producer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 4; i++)
        payload[i] = i * 11;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (atomic_load_explicit(&ready, memory_order_acquire) == 0)
        ;
    int s = 0;
    for (int i = 0; i < 4; i++)
        s += payload[i];
    printf("%d\n", s);
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
