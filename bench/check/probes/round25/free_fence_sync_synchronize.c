/* TRUTH: race-free. __sync_synchronize is a full fence: producer writes payload, fences, then stores flag with a relaxed atomic store; consumer spins on relaxed atomic loads, then fences; the fences synchronize and payload's write happens before its read. */
#include <pthread.h>
#include <stdio.h>

int payload;
int flag;

void *producer(void *arg)
{
    (void)arg;
    payload = 99;
    __sync_synchronize();
    __atomic_store_n(&flag, 1, __ATOMIC_RELAXED);
    return NULL;
}

void *consumer(void *arg)
{
    (void)arg;
    while (!__atomic_load_n(&flag, __ATOMIC_RELAXED))
        ;
    __sync_synchronize();
    printf("%d\n", payload);
    return NULL;
}

int main(void)
{
    pthread_t c, p;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(c, NULL);
    pthread_join(p, NULL);
    return 0;
}
