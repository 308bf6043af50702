/* TRUTH: free — ping-pong through two semaphores: the producer writes buf only after sem_wait(empty), the consumer reads it only after sem_wait(full) */
#include <pthread.h>
#include <semaphore.h>

sem_t empty, full;
int buf;

void *producer(void *arg)
{
    (void)arg;
    for (int i = 1; i <= 20; i++) {
        sem_wait(&empty);
        buf = i;
        sem_post(&full);
    }
    return 0;
}

void *consumer(void *arg)
{
    (void)arg;
    long s = 0;
    for (int i = 1; i <= 20; i++) {
        sem_wait(&full);
        s += buf;
        sem_post(&empty);
    }
    return (void *)s;
}

int main(void)
{
    pthread_t p, c;
    void *r;
    sem_init(&empty, 0, 1);
    sem_init(&full, 0, 0);
    pthread_create(&p, 0, producer, 0);
    pthread_create(&c, 0, consumer, 0);
    pthread_join(p, 0);
    pthread_join(c, &r);
    sem_destroy(&empty);
    sem_destroy(&full);
    return (long)r == 210 ? 0 : 1;
}
