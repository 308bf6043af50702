/* TRUTH: racy. The consumer hands its wait for ready to atexit (it runs only at exit) and reads payload at once; that read is unordered with the producer's payload = 5. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

static atomic_int ready;
static int payload;

static void wait_ready(void)
{
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
}

static void *producer(void *arg)
{
    (void)arg;
    payload = 5;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    atexit(wait_ready);
    printf("%d\n", payload);
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
