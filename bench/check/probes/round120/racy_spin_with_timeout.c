/* TRUTH: racy — the consumer's acquire spin gives up after a bounded number of tries and then reads data anyway, while the slow producer is still writing it */
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>

int data;
atomic_int ready;

void *producer(void *arg)
{
    (void)arg;
    usleep(5000);
    for (int i = 0; i < 20; i++) {
        data = i;
        usleep(1000);
    }
    atomic_store_explicit(&ready, 1, memory_order_release);
    return 0;
}

void *consumer(void *arg)
{
    (void)arg;
    int tries = 0;
    while (!atomic_load_explicit(&ready, memory_order_acquire) && tries < 1000)
        tries++;
    long s = 0;
    for (int i = 0; i < 30; i++) {
        s += data;
        usleep(1000);
    }
    return (void *)s;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&p, 0, producer, 0);
    pthread_create(&c, 0, consumer, 0);
    pthread_join(p, 0);
    pthread_join(c, 0);
    return 0;
}
