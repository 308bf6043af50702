/* TRUTH: racy — the hand-off flag is volatile, not atomic; volatile gives no synchronisation, so flag and data both race */
#include <pthread.h>
#include <unistd.h>

volatile int ready;
int data;

void *producer(void *arg)
{
    (void)arg;
    usleep(2000);
    data = 42;
    ready = 1;
    return 0;
}

void *consumer(void *arg)
{
    (void)arg;
    while (!ready) {
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
