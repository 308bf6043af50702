/* TRUTH: free — the worker fills the buffer then sem_post; main sem_waits before reading it */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

static sem_t filled;
static int buffer[16];

static void *fill(void *arg)
{
    (void)arg;
    for (int i = 0; i < 16; i++)
        buffer[i] = 16 - i;
    sem_post(&filled);
    return NULL;
}

int main(void)
{
    pthread_t t;
    sem_init(&filled, 0, 0);
    pthread_create(&t, NULL, fill, NULL);
    sem_wait(&filled);
    for (int i = 0; i < 16; i++)
        printf("%d ", buffer[i]);
    putchar('\n');
    pthread_join(t, NULL);
    sem_destroy(&filled);
    return 0;
}
