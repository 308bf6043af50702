/* TRUTH: race-free. producer writes data, then a release fence, then a relaxed store of flag (its only store; flag starts 0); consumer spins on relaxed loads until it sees 1, then an acquire fence: the fences synchronize (C11 7.17.4), so data = 10 happens before the read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

int data;
atomic_int flag;

void *producer(void *arg)
{
    (void)arg;
    data = 10;
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&flag, 1, memory_order_relaxed);
    return NULL;
}

void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&flag, memory_order_relaxed))
        ;
    atomic_thread_fence(memory_order_acquire);
    printf("%d\n", data);
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
