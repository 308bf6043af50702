/* TRUTH: free — the unjoined last worker posts `done` after its write, and main waits on `done` before reading total */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>

#define N 4
static pthread_t t[N];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static sem_t done;
static long total;

static void *worker(void *arg)
{
    long id = (long)arg;
    if (id == N - 1)
        usleep(10000);
    pthread_mutex_lock(&m);
    total += id;
    pthread_mutex_unlock(&m);
    if (id == N - 1)
        sem_post(&done);
    return NULL;
}

int main(void)
{
    long i;
    sem_init(&done, 0, 0);
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (i = 0; i < N - 1; i++)
        pthread_join(t[i], NULL);
    sem_wait(&done);
    printf("total %ld\n", total);
    pthread_join(t[N - 1], NULL);
    sem_destroy(&done);
    return 0;
}
