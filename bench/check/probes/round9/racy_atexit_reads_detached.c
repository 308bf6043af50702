/* TRUTH: racy. main returns while the detached worker may still be incrementing processed, and the atexit handler report() reads processed concurrently. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static long processed;

static void report(void)
{
    printf("%ld\n", processed);
}

static void *worker(void *arg)
{
    (void)arg;
    for (long i = 0; i < 100000; i++)
        processed++;
    return NULL;
}

int main(void)
{
    pthread_t t;
    atexit(report);
    pthread_create(&t, NULL, worker, NULL);
    pthread_detach(t);
    return 0;
}
