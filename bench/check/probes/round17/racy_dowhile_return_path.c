/* Racy: the wait loop also breaks when cancel is set, which can happen before the producer wrote payload, so the read of payload races. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
atomic_int ready, cancel;
int payload;
static void *producer(void *arg)
{
    (void)arg;
    payload = 42;
    atomic_store(&ready, 1);
    return NULL;
}
static void *canceller(void *arg)
{
    (void)arg;
    atomic_store(&cancel, 1);
    return NULL;
}
static void *consumer(void *arg)
{
    (void)arg;
    do {
        if (atomic_load(&ready))
            break;
        if (atomic_load(&cancel))
            break;
    } while (1);
    printf("%d\n", payload);
    return NULL;
}
int main(void)
{
    pthread_t p, c, k;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&k, NULL, canceller, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(k, NULL);
    pthread_join(c, NULL);
    return 0;
}
