// free: main writes data then posts a 0-count semaphore; the worker reads only after sem_timedwait succeeded.
#include <pthread.h>
#include <semaphore.h>
#include <time.h>
static sem_t ready;
static int data;
static void *worker(void *a)
{
    (void)a;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += 5;
    while (sem_timedwait(&ready, &ts) != 0)
        clock_gettime(CLOCK_REALTIME, &ts), ts.tv_sec += 5;
    return (void *)(long)data;
}
int main(void)
{
    pthread_t p;
    sem_init(&ready, 0, 0);
    pthread_create(&p, NULL, worker, NULL);
    data = 42;
    sem_post(&ready);
    pthread_join(p, NULL);
    return 0;
}
