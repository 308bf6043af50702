/* TRUTH: racy — ready is set (release) both by the producer after writing data and by an impatient watchdog that wrote nothing, so the consumer may pass the gate early and read data during the producer's writes */
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>

int data;
atomic_int ready;

void *producer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        data = i;
        usleep(1000);
    }
    atomic_store_explicit(&ready, 1, memory_order_release);
    return 0;
}

void *watchdog(void *arg)
{
    (void)arg;
    usleep(2000);
    atomic_store_explicit(&ready, 1, memory_order_release);
    return 0;
}

void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_acquire)) {
    }
    long s = 0;
    for (int i = 0; i < 20; i++) {
        s += data;
        usleep(1000);
    }
    return (void *)s;
}

int main(void)
{
    pthread_t p, w, c;
    pthread_create(&p, 0, producer, 0);
    pthread_create(&w, 0, watchdog, 0);
    pthread_create(&c, 0, consumer, 0);
    pthread_join(p, 0);
    pthread_join(w, 0);
    pthread_join(c, 0);
    return 0;
}
