/* TRUTH: free. sem starts at 0; the producer writes buf then sem_post, and the consumer's sem_wait returns only after that post, ordering the accesses. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

static sem_t sem;
static char buf[16];

static void *producer(void *arg)
{
    (void)arg;
    snprintf(buf, sizeof buf, "hello");
    sem_post(&sem);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    sem_wait(&sem);
    buf[0] = 'H';
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    sem_init(&sem, 0, 0);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%s\n", buf);
    sem_destroy(&sem);
    return 0;
}
