/* TRUTH: free — a semaphore initialised to 1 is used as a mutex; every access of shared is between sem_wait and sem_post */
#include <pthread.h>
#include <semaphore.h>

sem_t s;
int shared;

void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 50; i++) {
        sem_wait(&s);
        shared = shared + 1;
        sem_post(&s);
    }
    return 0;
}

int main(void)
{
    pthread_t t[3];
    sem_init(&s, 0, 1);
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], 0, worker, 0);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], 0);
    sem_destroy(&s);
    return shared == 150 ? 0 : 1;
}
