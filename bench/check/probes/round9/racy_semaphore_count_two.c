/* TRUTH: racy. The "mutex" semaphore is initialized to 2, so both workers can be inside the critical section and increment count concurrently. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

static sem_t lock;
static int count;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        sem_wait(&lock);
        count++;
        sem_post(&lock);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    sem_init(&lock, 0, 2);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", count);
    return 0;
}
