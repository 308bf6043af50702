/* TRUTH: race-free. The semaphore `gate` starts at 1 and every thread posts only after its own
   wait, so at most one thread is between sem_wait and sem_post, where pool_used is updated;
   main reads after joining. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

static sem_t gate;
static int pool_used;

static void *worker(void *arg)
{
    (void)arg;
    sem_wait(&gate);
    pool_used += 2;
    sem_post(&gate);
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    sem_init(&gate, 0, 1);
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", pool_used);
    sem_destroy(&gate);
    return 0;
}
