/* TRUTH: racy. in its first round the consumer reads data (sum += data) before waiting for ready, concurrently with the producer's data = 42. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int ready;
int data;

static void *producer(void *arg)
{
    (void)arg;
    data = 42;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    int sum = 0;
    for (int round = 0; round < 2; round++) {
        sum += data; /* round 0: before the wait */
        while (!atomic_load_explicit(&ready, memory_order_acquire))
            ;
    }
    printf("%d\n", sum);
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
