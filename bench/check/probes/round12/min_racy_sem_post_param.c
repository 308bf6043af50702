// racy: main posts the 1-semaphore once more through a helper's parameter: count 2, both workers inside.
#include <pthread.h>
#include <semaphore.h>
static sem_t s;
static int shared;
static void bump(sem_t *q) { sem_post(q); }
static void *w(void *x)
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
    pthread_create(&a, NULL, w, NULL);
    pthread_create(&b, NULL, w, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return shared;
}
