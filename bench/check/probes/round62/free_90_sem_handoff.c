/* TRUTH: free — the producer writes item then sem_post; the consumer sem_waits (count starts at 0) before reading item */
#include <pthread.h>
#include <semaphore.h>
static sem_t s;
static int item;
static void *producer(void *arg)
{
    (void)arg;
    item = 64;
    sem_post(&s);
    return NULL;
}
static void *consumer(void *arg)
{
    (void)arg;
    sem_wait(&s);
    return (void *)(long)item;
}
int main(void)
{
    pthread_t p, c;
    sem_init(&s, 0, 0);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
