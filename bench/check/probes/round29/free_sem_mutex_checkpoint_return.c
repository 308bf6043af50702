/* TRUTH: race-free. Binary semaphore (init 1) used as a lock; the checkpoint path returns after its post, so every sem_wait is matched by exactly one sem_post and records/last_id are only touched inside. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

static sem_t lock;
static long records;
static int last_id;

static void checkpoint(void) { fprintf(stderr, "checkpoint at %ld\n", records); }

static void record(int id)
{
    sem_wait(&lock);
    records++;
    last_id = id;
    if (records % 7 == 0) {
        checkpoint();
        sem_post(&lock);
        return;
    }
    sem_post(&lock);
}

static void *writer(void *arg)
{
    int id = (int)(long)arg;
    for (int i = 0; i < 100; i++)
        record(id);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    sem_init(&lock, 0, 1);
    pthread_create(&a, NULL, writer, (void *)1L);
    pthread_create(&b, NULL, writer, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %d\n", records, last_id);
    return 0;
}
