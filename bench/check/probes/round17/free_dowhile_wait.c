/* Race-free: the consumer leaves the do-while(1) only once ready is set, after the producer wrote payload. */
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
    do {
        if (atomic_load(&ready))
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
