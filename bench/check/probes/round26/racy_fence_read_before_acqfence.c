/* TRUTH: racy. consumer leaves its relaxed spin on ready, reads `payload` into `early`, and
   only then issues the acquire fence: that first read is not ordered after producer's
   `payload = 9` (the fence orders only what follows it). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int ready;
static int payload;

static void *producer(void *arg)
{
    (void)arg;
    payload = 9;
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&ready, 1, memory_order_relaxed);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_relaxed))
        ;
    int early = payload;
    atomic_thread_fence(memory_order_acquire);
    int late = payload;
    printf("%d %d\n", early, late);
    return NULL;
}

int main(void)
{
    pthread_t c, p;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(c, NULL);
    pthread_join(p, NULL);
    return 0;
}
