/* TRUTH: racy — the release store of flag comes before the write of data, so the acquiring reader's read of data is not ordered after it */
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>

int data;
atomic_int flag;

void *producer(void *arg)
{
    (void)arg;
    atomic_store_explicit(&flag, 1, memory_order_release);
    for (int i = 0; i < 20; i++) {
        data = i;
        usleep(1000);
    }
    return 0;
}

void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&flag, memory_order_acquire)) {
    }
    int s = 0;
    for (int i = 0; i < 20; i++) {
        s += data;
        usleep(1000);
    }
    return (void *)(long)s;
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
