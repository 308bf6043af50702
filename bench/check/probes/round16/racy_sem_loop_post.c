// racy: release_all() posts the binary semaphore once per item, raising it above 1 so two workers enter together.
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#include <semaphore.h>

static sem_t mutex_sem;
static int in_use;

static void *worker(void *arg)
{
    int n = (int)(long)arg;
    sem_wait(&mutex_sem);
    in_use++;
    for (int i = 0; i < n; i++)
        sem_post(&mutex_sem);
    return NULL;
}

int main(void)
{
    pthread_t a, b, c;
    sem_init(&mutex_sem, 0, 1);
    pthread_create(&a, NULL, worker, (void *)2);
    pthread_create(&b, NULL, worker, (void *)1);
    pthread_create(&c, NULL, worker, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    return 0;
}
