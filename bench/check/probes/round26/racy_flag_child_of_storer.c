/* TRUTH: racy. producer starts helper, then release-stores ready, and only joins helper
   after the store; helper's `side = 7` is not ordered before the store, so consumer's read of
   side (after it saw ready) can run while helper writes it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int ready;
static int payload, side;

static void *helper(void *arg)
{
    (void)arg;
    side = 7;
    return NULL;
}

static void *producer(void *arg)
{
    pthread_t h;
    (void)arg;
    payload = 1;
    pthread_create(&h, NULL, helper, NULL);
    atomic_store_explicit(&ready, 1, memory_order_release);
    pthread_join(h, NULL);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
    printf("%d %d\n", payload, side);
    return NULL;
}

int main(void)
{
    pthread_t c, p;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
