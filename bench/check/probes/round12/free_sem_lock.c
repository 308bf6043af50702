// free: twin of racy_sem_post_param without the extra post: the semaphore admits one at a time.
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
    sem_init(&s, 0, 1);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return shared;
}
