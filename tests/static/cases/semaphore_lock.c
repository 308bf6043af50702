// A global semaphore set to 1 by sem_init is a lock between sem_wait and sem_post: what it
// guards is race-free. One set to 2 admits two threads; one a thread posts without waiting
// (a signal) protects nothing.
#include <pthread.h>
#include <semaphore.h>

sem_t binary, counting, signalled;
int guarded, twice, signal_data;

static void *worker(void *arg)
{
    (void)arg;
    sem_wait(&binary);
    guarded++; // NORACE: one thread at a time
    sem_post(&binary);
    sem_wait(&counting);
    twice++; // RACE (possible): the count lets two in
    sem_post(&counting);
    sem_post(&signalled);
    sem_wait(&signalled);
    signal_data++; // RACE (possible): each thread posts before it waits
    sem_post(&signalled);
    return NULL;
}

int main(void)
{
    sem_init(&binary, 0, 1);
    sem_init(&counting, 0, 2);
    sem_init(&signalled, 0, 1);
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
