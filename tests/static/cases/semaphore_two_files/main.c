// A semaphore started at 0 in one file and posted in another: the other file might post it
// through a pointer the first cannot see, so no hand-off is taken across files.
#include <pthread.h>
#include <semaphore.h>

sem_t done;
int result;
void *worker(void *arg);

int main(void)
{
    sem_init(&done, 0, 0);
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    sem_wait(&done);
    int r = result; // RACE (possible)
    pthread_detach(t);
    return r;
}
