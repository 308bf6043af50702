/* TRUTH: racy. consumer stops waiting once count is nonzero (it may see 1, the first iteration's store) and reads slots[2], which producer writes in its third iteration, after the store consumer saw: unordered write and read of slots[2]. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

int slots[3];
atomic_int count;

void *producer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 3; i++) {
        slots[i] = i + 10;
        atomic_thread_fence(memory_order_release);
        atomic_store_explicit(&count, i + 1, memory_order_relaxed);
    }
    return NULL;
}

void *consumer(void *arg)
{
    (void)arg;
    while (atomic_load_explicit(&count, memory_order_relaxed) == 0)
        ;
    atomic_thread_fence(memory_order_acquire);
    printf("%d\n", slots[2]);
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
