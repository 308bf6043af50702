// race-free: each thread's thread-local cursor points at its own thread-local counter.
#include <pthread.h>
#include <stdio.h>
static _Thread_local long my_events;
static long total_events;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static _Thread_local long *events;

static void *worker(void *arg)
{
    events = &my_events;
    for (int i = 0; i < 1000; i++)
        (*events)++;
    pthread_mutex_lock(&m);
    total_events += my_events;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", total_events);
    return 0;
}
