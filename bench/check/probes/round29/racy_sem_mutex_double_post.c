/* TRUTH: racy. 'lock' is a binary semaphore (init 1). On the checkpoint path (every 7th record) record() posts it and then falls through to the normal sem_post, posting twice: the count becomes 2 and both threads can be inside the section at once, racing on records/last_id (write/write). */
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
        sem_post(&lock); /* early release for the slow path ... but no return */
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
