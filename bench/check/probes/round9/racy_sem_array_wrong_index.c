/* TRUTH: racy. The consumer waits on ready[1] but reads slot[0], whose producer posts ready[0]; nothing orders the write of slot[0] before that read. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

static sem_t ready[2];
static int slot[2];

static void *producer(void *arg)
{
    int id = *(int *)arg;
    slot[id] = 100 + id;
    sem_post(&ready[id]);
    return NULL;
}

static void *consumer(void *arg)
{
    int *out = arg;
    sem_wait(&ready[1]);
    *out = slot[0];
    return NULL;
}

int main(void)
{
    pthread_t p0, p1, c;
    int i0 = 0, i1 = 1, got = 0;
    sem_init(&ready[0], 0, 0);
    sem_init(&ready[1], 0, 0);
    pthread_create(&c, NULL, consumer, &got);
    pthread_create(&p0, NULL, producer, &i0);
    pthread_create(&p1, NULL, producer, &i1);
    pthread_join(p0, NULL);
    pthread_join(p1, NULL);
    pthread_join(c, NULL);
    printf("%d\n", got);
    return 0;
}
