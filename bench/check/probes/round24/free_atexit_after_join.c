/* TRUTH: race-free. report() is registered with atexit and runs only when main returns, after main joined the worker: its read of result comes after the worker's write. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static int result;

static void *worker(void *arg)
{
    (void)arg;
    result = 99;
    return NULL;
}

static void report(void)
{
    printf("%d\n", result);
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    atexit(report);
    pthread_join(t, NULL);
    return 0;
}
