/* TRUTH: racy. wait_ready() gives up after a bounded number of spins and returns; the consumer then reads data regardless, concurrently with the producer's data = 42 if the producer has not run yet. */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int ready;
int data;

static int wait_ready(void)
{
    int spins = 0;
    while (!atomic_load_explicit(&ready, memory_order_acquire)) {
        if (++spins > 1000)
            return 0; /* timed out */
        sched_yield();
    }
    return 1;
}

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
    int ok = wait_ready();
    printf("%d %d\n", ok, data);
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
