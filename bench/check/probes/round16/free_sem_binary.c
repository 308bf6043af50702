// race-free: the semaphore starts at 1 and every worker waits before and posts once after the update.
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#include <semaphore.h>

static sem_t mutex_sem;
static int in_use;

static void *worker(void *arg)
{
    sem_wait(&mutex_sem);
    in_use++;
    sem_post(&mutex_sem);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    sem_init(&mutex_sem, 0, 1);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
