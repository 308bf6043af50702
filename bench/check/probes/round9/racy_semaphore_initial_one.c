/* TRUTH: racy. sem starts at 1, so the consumer's sem_wait can succeed immediately and write value while the producer is writing it. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

static sem_t sem;
static int value;

static void *producer(void *arg)
{
    (void)arg;
    value = 10;
    sem_post(&sem);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    sem_wait(&sem);
    value *= 2;
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    sem_init(&sem, 0, 1);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%d\n", value);
    sem_destroy(&sem);
    return 0;
}
