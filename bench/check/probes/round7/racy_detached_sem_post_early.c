/* TRUTH: racy. the worker posts done before writing result, so main's read after sem_wait can overlap the write. */
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
    sem_post(&done);
    result = f;
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
