// free: twin of racy_sem_post_param: the helper waits then posts (balanced), the count stays 1.
#include <pthread.h>
#include <semaphore.h>
static sem_t s;
static int shared;
static void cycle(sem_t *q) { sem_wait(q); sem_post(q); }
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
    cycle(&s);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return shared;
}
