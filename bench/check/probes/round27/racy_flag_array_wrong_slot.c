/* TRUTH: racy. The consumer for slot 1 waits on ready[1] but the producer of slot 1's data (data[1]) publishes ready[0] by mistake; ready[1] is set by the heartbeat thread, which writes nothing else, so the consumer reads data[1] unordered with the producer's write. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int ready[2];
static int data[2];

static void *producer(void *arg)
{
    (void)arg;
    data[1] = 99;
    atomic_store_explicit(&ready[0], 1, memory_order_release); /* bug: wrong slot */
    return NULL;
}

static void *heartbeat(void *arg)
{
    (void)arg;
    atomic_store_explicit(&ready[1], 1, memory_order_release);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&ready[1], memory_order_acquire))
        ;
    printf("%d\n", data[1]);
    return NULL;
}

int main(void)
{
    pthread_t p, h, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&h, NULL, heartbeat, NULL);
    pthread_join(p, NULL);
    pthread_join(h, NULL);
    pthread_join(c, NULL);
    return 0;
}
