// racy: each worker posts twice after one wait (loop): the count grows and later entrants overlap.
#include <pthread.h>
#include <semaphore.h>
static sem_t s;
static int shared;
static void *worker(void *x)
{
    (void)x;
    sem_wait(&s);
    shared++;
    for (int k = 0; k < 2; k++)
        sem_post(&s);
    return NULL;
}
int main(void)
{
    pthread_t a, b, c;
    sem_init(&s, 0, 1);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_create(&c, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    return shared;
}
