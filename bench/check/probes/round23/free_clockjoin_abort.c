/* TRUTH: race-free. main writes result only after pthread_clockjoin_np returned 0 (the worker, which writes result, has terminated); on failure it aborts before touching result. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int result;

static void *worker(void *arg)
{
    (void)arg;
    result = 7;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    ts.tv_sec += 600;
    if (pthread_clockjoin_np(t, NULL, CLOCK_MONOTONIC, &ts) != 0)
        abort();
    result = result * 2;
    printf("%d\n", result);
    return 0;
}
