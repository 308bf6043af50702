// racy: each thread's thread-local cursor points at the same global counter, so the increments through it race.
#include <pthread.h>
#include <stdio.h>
static long total_events;
static _Thread_local long *events;

static void *worker(void *arg)
{
    events = &total_events;
    for (int i = 0; i < 1000; i++)
        (*events)++;
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
