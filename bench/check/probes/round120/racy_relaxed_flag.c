/* TRUTH: racy — flag hand-off uses memory_order_relaxed on both sides, which gives no happens-before, so the reader's read of data races with the writer's write */
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>

int data;
atomic_int flag;

void *producer(void *arg)
{
    (void)arg;
    usleep(2000);
    data = 42;
    atomic_store_explicit(&flag, 1, memory_order_relaxed);
    return 0;
}

void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&flag, memory_order_relaxed)) {
    }
    return (void *)(long)data;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&c, 0, consumer, 0);
    pthread_create(&p, 0, producer, 0);
    pthread_join(p, 0);
    pthread_join(c, 0);
    return 0;
}
