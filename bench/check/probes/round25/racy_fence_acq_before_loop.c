/* TRUTH: racy. consumer's acquire fence comes before its relaxed loads of flag, not after: no fence synchronization (C11 7.17.4 needs the load sequenced before the acquire fence), so consumer's read of data races with producer's data = 2. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

int data;
atomic_int flag;

void *producer(void *arg)
{
    (void)arg;
    data = 2;
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&flag, 1, memory_order_relaxed);
    return NULL;
}

void *consumer(void *arg)
{
    (void)arg;
    atomic_thread_fence(memory_order_acquire);
    while (!atomic_load_explicit(&flag, memory_order_relaxed))
        ;
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
