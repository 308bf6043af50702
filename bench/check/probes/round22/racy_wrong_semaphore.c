/* TRUTH: racy. The producer writes part_a, posts sem_a, then writes part_b and posts sem_b. The consumer waits only on sem_a but reads part_b: its read of part_b can overlap the producer's write of part_b (which comes after the post of sem_a). */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

static sem_t sem_a, sem_b;
static int part_a, part_b;

static void *producer(void *arg)
{
    (void)arg;
    part_a = 1;
    sem_post(&sem_a);
    part_b = 2;
    sem_post(&sem_b);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    sem_wait(&sem_a); /* should also wait on sem_b before reading part_b */
    printf("%d %d\n", part_a, part_b);
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    sem_init(&sem_a, 0, 0);
    sem_init(&sem_b, 0, 0);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
