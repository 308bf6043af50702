/* TRUTH: racy. The producer's loop writes value in both rounds but releases ready after the first one only: the second round's value = 2 comes after the release, so the consumer's read of value (after seeing ready) races with it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int ready;
static int value;

static void *producer(void *arg)
{
    (void)arg;
    for (int round = 0; round < 2; round++) {
        value = round + 1;
        if (round == 0)
            atomic_store_explicit(&ready, 1, memory_order_release);
    }
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (atomic_load_explicit(&ready, memory_order_acquire) == 0)
        ;
    printf("%d\n", value);
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
