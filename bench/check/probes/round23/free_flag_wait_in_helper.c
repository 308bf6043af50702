/* TRUTH: race-free. the consumer calls wait_ready(), whose loop ends only once an acquire load saw ready set by the producer's single release store (after data = 5); it reads data after the call. */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int ready;
int data;

static void wait_ready(void)
{
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        sched_yield();
}

static void *producer(void *arg)
{
    (void)arg;
    data = 5;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    wait_ready();
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
