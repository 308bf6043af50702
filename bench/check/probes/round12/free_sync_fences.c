// free: release fence + relaxed flag store, relaxed flag load + acquire fence: data is ordered.
#include <pthread.h>
#include <stdatomic.h>
static int data;
static atomic_int flag;
static void *producer(void *a)
{
    (void)a;
    data = 1;
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&flag, 1, memory_order_relaxed);
    return NULL;
}
static void *consumer(void *a)
{
    (void)a;
    while (!atomic_load_explicit(&flag, memory_order_relaxed))
        ;
    atomic_thread_fence(memory_order_acquire);
    return (void *)(long)data;
}
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&q, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return 0;
}
