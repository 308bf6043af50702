/* TRUTH: racy — producer writes plain int ready (and payload) while consumer spins reading ready (then payload) without any synchronization; plain flag spin is a race on ready. */
#include <pthread.h>
#include <stdio.h>

int payload;
int ready;

void *producer(void *x)
{
    payload = 99;
    ready = 1;
    return x;
}

void *consumer(void *x)
{
    while (!ready)
        ;
    printf("%d\n", payload);
    return x;
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
