/* TRUTH: race-free. state starts at 0 and only the producer stores it, once, with release (value 2) after writing data; the consumer spins until an acquire load reads 2, then reads data. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int state;
int data;

static void *producer(void *arg)
{
    (void)arg;
    data = 11;
    atomic_store_explicit(&state, 2, memory_order_release);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (atomic_load_explicit(&state, memory_order_acquire) != 2)
        ;
    printf("%d\n", data);
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
