/* TRUTH: racy. The constructor init_flag() stores ready = 1 before main runs, so consumer's acquire spin ends at once and its read of data races with producer's write data = 5 (the acquire load read the constructor's store, not producer's release). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

int data;
atomic_int ready;

__attribute__((constructor)) static void init_flag(void)
{
    atomic_store(&ready, 1);
}

void *producer(void *arg)
{
    (void)arg;
    data = 5;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}

void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_acquire))
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
