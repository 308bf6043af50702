/* TRUTH: racy — the worker posts sem_done after writing answer, but main waits on sem_start (initialised to 1, so it never blocks); main's read of answer is not ordered after the worker's write. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

static sem_t sem_start, sem_done;
static int answer;

static void *worker(void *a)
{
    (void)a;
    answer = 6 * 7;
    sem_post(&sem_done);
    return NULL;
}

int main(void)
{
    pthread_t t;
    sem_init(&sem_start, 0, 1);
    sem_init(&sem_done, 0, 0);
    pthread_create(&t, NULL, worker, NULL);
    sem_wait(&sem_start);
    printf("%d\n", answer);
    pthread_join(t, NULL);
    return 0;
}
