/* TRUTH: race-free. The semaphore starts at 0; main writes `buffer` and then sem_post()s; the worker's sem_wait returns only after the post, so main's writes happen before the worker's reads (sem_post/sem_wait synchronize memory). */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <string.h>

static sem_t filled;
static char buffer[64];

static void *worker(void *arg)
{
    (void)arg;
    sem_wait(&filled);
    printf("%zu bytes: %s\n", strlen(buffer), buffer);
    return NULL;
}

int main(void)
{
    pthread_t t;
    sem_init(&filled, 0, 0);
    pthread_create(&t, NULL, worker, NULL);
    snprintf(buffer, sizeof buffer, "payload-%d", 12);
    sem_post(&filled);
    pthread_join(t, NULL);
    sem_destroy(&filled);
    return 0;
}
