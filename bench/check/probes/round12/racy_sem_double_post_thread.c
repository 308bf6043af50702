// racy: a third thread posts without waiting (a "kick"), raising the count: the two workers may be inside together.
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
static void *kicker(void *x)
{
    (void)x;
    sem_post(&s);
    return NULL;
}
int main(void)
{
    pthread_t a, b, k;
    sem_init(&s, 0, 1);
    pthread_create(&k, NULL, kicker, NULL);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(k, NULL);
    return shared;
}
