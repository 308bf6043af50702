/* TRUTH: racy — the semaphore starts at 1, so the reader's sem_wait can succeed before the writer has posted; the reader's read of `packet` races with the writer's write. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

static sem_t avail;
static int packet;

static void *writer(void *arg)
{
    (void)arg;
    packet = 0xbeef;
    sem_post(&avail);
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    sem_wait(&avail);
    printf("%x\n", packet);
    return NULL;
}

int main(void)
{
    sem_init(&avail, 0, 1);
    pthread_t w, r;
    pthread_create(&r, NULL, reader, NULL);
    pthread_create(&w, NULL, writer, NULL);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    sem_destroy(&avail);
    return 0;
}
