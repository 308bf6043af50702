// racy: main posts the semaphore once more through a local pointer before the threads start: count 2, both in.
#include <pthread.h>
#include <semaphore.h>
static sem_t s;
static int shared;
static void *worker(void *x)
{
    (void)x;
    sem_wait(&s);
    shared++;
    sem_post(&s);
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    sem_t *ps = &s;
    sem_init(&s, 0, 1);
    sem_post(ps);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return shared;
}
