/* TRUTH: racy — the worker posts the semaphore before finishing the result, so main reads while it writes */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

static sem_t started;
static double result;

static void *compute(void *arg)
{
    (void)arg;
    sem_post(&started);
    double x = 0;
    for (int i = 1; i <= 1000; i++)
        x += 1.0 / i;
    result = x;
    return NULL;
}

int main(void)
{
    pthread_t t;
    sem_init(&started, 0, 0);
    pthread_create(&t, NULL, compute, NULL);
    sem_wait(&started);
    printf("result so far: %f\n", result);
    pthread_join(t, NULL);
    sem_destroy(&started);
    return 0;
}
