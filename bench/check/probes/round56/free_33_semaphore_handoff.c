/* TRUTH: free — the filler writes both frame[] elements before sem_post; the drainer reads them only after sem_wait returns (post synchronizes with wait). */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

static sem_t full;
static int frame[2];

static void *filler(void *arg)
{
    (void)arg;
    frame[0] = 1;
    frame[1] = 2;
    sem_post(&full);
    return NULL;
}

static void *drainer(void *arg)
{
    (void)arg;
    sem_wait(&full);
    printf("%d %d\n", frame[0], frame[1]);
    return NULL;
}

int main(void)
{
    sem_init(&full, 0, 0);
    pthread_t f, d;
    pthread_create(&d, NULL, drainer, NULL);
    pthread_create(&f, NULL, filler, NULL);
    pthread_join(f, NULL);
    pthread_join(d, NULL);
    sem_destroy(&full);
    return 0;
}
