// An extra sem_post made through a helper's parameter raises the count of the semaphore the
// caller names: it is no lock then.
#include <pthread.h>
#include <semaphore.h>

static sem_t s;
static int shared;

static void post(sem_t *p) { sem_post(p); }

static void *worker(void *a)
{
    (void)a;
    sem_wait(&s);
    shared++; // RACE (possible): the count is 2
    sem_post(&s);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    sem_init(&s, 0, 1);
    post(&s);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return shared;
}
