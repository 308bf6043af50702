/* TRUTH: racy — a semaphore used as a mutex is initialised to 2, so both threads are inside the "critical section" at once */
#include <pthread.h>
#include <semaphore.h>
#include <unistd.h>

sem_t s;
int shared;

void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++) {
        sem_wait(&s);
        shared = shared + 1;
        usleep(2000);
        shared = shared + 1;
        sem_post(&s);
        usleep(500);
    }
    return 0;
}

int main(void)
{
    pthread_t t[2];
    sem_init(&s, 0, 2);
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], 0, worker, 0);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], 0);
    sem_destroy(&s);
    return shared == 40 ? 0 : 1;
}
