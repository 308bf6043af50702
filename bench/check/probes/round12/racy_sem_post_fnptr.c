// racy: main posts the semaphore an extra time through a function pointer to sem_post: count 2.
#include <pthread.h>
#include <semaphore.h>
static sem_t s;
static int shared;
static int (*post_fn)(sem_t *) = sem_post;
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
    sem_init(&s, 0, 1);
    post_fn(&s);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return shared;
}
