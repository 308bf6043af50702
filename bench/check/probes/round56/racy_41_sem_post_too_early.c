/* TRUTH: racy — the filler posts the semaphore before writing frame[1]; the drainer's sem_wait only orders accesses before the post, so filler's write of frame[1] races with drainer's read of frame[1]. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

static sem_t full;
static int frame[2];

static void *filler(void *arg)
{
    (void)arg;
    frame[0] = 1;
    sem_post(&full);
    frame[1] = 2;
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
