/* TRUTH: race-free. the consumer's do/while loop leaves only once an acquire load saw ready nonzero, which only the producer's single release store (after it wrote data) can make. */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int ready;
int data;

static void *producer(void *arg)
{
    (void)arg;
    data = 7;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    do {
        sched_yield();
    } while (atomic_load_explicit(&ready, memory_order_acquire) == 0);
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
