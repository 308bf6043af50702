/* TRUTH: race-free. the producer fills buf[0..N-1] in a loop and then release-stores ready once; the consumer sums buf only after its acquire load saw ready set. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define N 16

atomic_int ready;
int buf[N];

static void *producer(void *arg)
{
    (void)arg;
    for (int i = 0; i < N; i++)
        buf[i] = i * i;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
    long s = 0;
    for (int i = 0; i < N; i++)
        s += buf[i];
    printf("%ld\n", s);
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
