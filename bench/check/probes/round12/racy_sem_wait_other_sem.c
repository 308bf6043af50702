// racy: the worker waits on s2 (a 0-count signal the kicker posts twice) but posts s: s's count grows past 1.
#include <pthread.h>
#include <semaphore.h>
static sem_t s, go;
static int shared;
static void *worker(void *x)
{
    (void)x;
    sem_wait(&s);
    shared++;
    sem_post(&s);
    return NULL;
}
static void *helper(void *x)
{
    (void)x;
    sem_wait(&go);
    sem_post(&s);
    return NULL;
}
int main(void)
{
    pthread_t a, b, h;
    sem_init(&s, 0, 1);
    sem_init(&go, 0, 1);
    pthread_create(&h, NULL, helper, NULL);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(h, NULL);
    return shared;
}
