/* TRUTH: free. the detached worker writes result then posts done; main waits on done before reading result (sem_post/sem_wait synchronise). */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static sem_t done;
static int result;

static void *worker(void *p)
{
    int n = *(int *)p;
    int f = 1;
    while (n > 1)
        f *= n--;
    result = f;
    sem_post(&done);
    return NULL;
}

int main(void)
{
    pthread_t t;
    static int arg = 5;
    sem_init(&done, 0, 0);
    pthread_create(&t, NULL, worker, &arg);
    pthread_detach(t);
    sem_wait(&done);
    printf("%d\n", result);
    return 0;
}
