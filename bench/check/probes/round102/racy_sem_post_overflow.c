/* TRUTH: racy — sem_post on a semaphore at SEM_VALUE_MAX fails (EOVERFLOW, -1), so on_post() increments overflows in the worker while main increments it unlocked */
#include <limits.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

static sem_t s;
static int overflows;

static void on_post(int rc)
{
    if (rc != 0)
        overflows++;
}

static void *worker(void *arg)
{
    (void)arg;
    int rc = sem_post(&s);
    on_post(rc);
    return NULL;
}

int main(void)
{
    sem_init(&s, 0, SEM_VALUE_MAX);
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    overflows++;
    pthread_join(t, NULL);
    printf("%d\n", overflows);
    return 0;
}
