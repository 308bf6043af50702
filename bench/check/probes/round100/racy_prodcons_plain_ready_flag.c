/* TRUTH: racy — handoff through a plain int ready flag; consumer spins on it while producer writes it */
#include <pthread.h>
#include <stdio.h>

static int data;
static int ready;

static void *producer(void *arg)
{
    (void)arg;
    data = 42;
    ready = 1;
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!ready)
        ;
    printf("data=%d\n", data);
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
