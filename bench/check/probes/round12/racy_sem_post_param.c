// racy: main raises the binary semaphore to 2 through a helper that posts its parameter: both workers get in at once.
#include <pthread.h>
#include <semaphore.h>
static sem_t s;
static int shared;
static void bump(sem_t *q) { sem_post(q); }
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
    bump(&s);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return shared;
}
