// A semaphore started at 1 admits one thread at a time only while every post follows its own
// wait: main's extra post before the threads start raises the count to 2, and both workers
// are inside at once. (The guarded twin, sem2, has its posts balanced.)
#include <pthread.h>
#include <semaphore.h>

static sem_t sem, sem2;
static int shared, guarded;

static void *worker(void *x)
{
    (void)x;
    sem_wait(&sem);
    shared++; // RACE (possible): two threads get in
    sem_post(&sem);
    sem_wait(&sem2);
    guarded++; // NORACE: one at a time
    sem_post(&sem2);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    sem_init(&sem, 0, 1);
    sem_init(&sem2, 0, 1);
    sem_post(&sem);
    sem_wait(&sem2);
    sem_post(&sem2);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return shared + guarded;
}
