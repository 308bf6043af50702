/* TRUTH: race-free. main reads data only if pthread_timedjoin_np returned 0, i.e. after the worker (its only writer) has terminated; otherwise it aborts without reading. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int data;

static void *worker(void *arg)
{
    (void)arg;
    data = 42;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += 3600;
    if (pthread_timedjoin_np(t, NULL, &ts) != 0)
        abort(); /* not joined: data is never read */
    printf("%d\n", data);
    return 0;
}
