/* TRUTH: race-free. Binary semaphore (initial 1) taken by main before starting the threads and never posted by main; the producer fills items and nitems and then posts; the consumer's sem_wait returns only after that post, so all writes happen before its reads. */
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
    nitems = 4;
    sem_post(&gate);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    sem_wait(&gate);
    int n = nitems;
    int first = items[0];
    sem_post(&gate);
    printf("%d %d\n", n, first);
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
