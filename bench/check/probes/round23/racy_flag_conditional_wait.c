/* TRUTH: racy. when the program runs without arguments need_wait is 0, so the consumer skips the wait and reads data at once, concurrently with the producer's data = 42. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int ready;
atomic_int need_wait;
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
    if (atomic_load_explicit(&need_wait, memory_order_relaxed)) {
        while (!atomic_load_explicit(&ready, memory_order_acquire))
            ;
    }
    printf("%d\n", data);
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argv;
    atomic_store_explicit(&need_wait, argc > 1, memory_order_relaxed);
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
