/* Racy: the do-while(1) wait also leaves after a bounded number of spins, so the consumer may read payload before the producer wrote it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
atomic_int ready;
int payload;
static void *producer(void *arg)
{
    (void)arg;
    payload = 42;
    atomic_store(&ready, 1);
    return NULL;
}
static void *consumer(void *arg)
{
    (void)arg;
    int spins = 0;
    do {
        if (atomic_load(&ready))
            break;
        if (++spins > 1000)
            break;
    } while (1);
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
