/* TRUTH: racy. Binary semaphore (initial 1) used as a start gate: main takes it before starting the threads; the producer posts it before writing 'nitems', so the consumer's sem_wait can return and read nitems while the producer writes it. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

static sem_t gate;
static int items[4];
static int nitems;

static void *producer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 4; i++)
        items[i] = i * 10;
    sem_post(&gate); /* bug: before nitems */
    nitems = 4;
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    sem_wait(&gate);
    int n = nitems;
    sem_post(&gate);
    printf("%d\n", n);
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    sem_init(&gate, 0, 1);
    sem_wait(&gate);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    sem_destroy(&gate);
    return 0;
}
