/* TRUTH: racy. main sem_post()s before writing `buffer`; the worker's sem_wait returns and it reads buffer while main's snprintf writes it: unordered read/write of buffer. */
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
    printf("%zu\n", strlen(buffer));
    return NULL;
}

int main(void)
{
    pthread_t t;
    sem_init(&filled, 0, 0);
    pthread_create(&t, NULL, worker, NULL);
    sem_post(&filled); /* too early */
    snprintf(buffer, sizeof buffer, "payload-%d", 12);
    pthread_join(t, NULL);
    sem_destroy(&filled);
    return 0;
}
