/* TRUTH: race-free. ready is _Atomic: "ready = 1" is a seq_cst store (the producer's only store, after data = 3) and "while (!ready)" spins on seq_cst loads; the consumer reads data after seeing ready set. */
#include <pthread.h>
#include <stdio.h>

_Atomic int ready;
int data;

static void *producer(void *arg)
{
    (void)arg;
    data = 3;
    ready = 1;
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!ready)
        ;
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
