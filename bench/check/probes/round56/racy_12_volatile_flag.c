/* TRUTH: racy — `volatile int done` is not synchronization: the worker writes done and the main thread polls it concurrently (plain non-atomic accesses); also result write/read. main vs worker. */
#include <pthread.h>
#include <stdio.h>

static volatile int done;
static int result;

static void *worker(void *arg)
{
    (void)arg;
    result = 99;
    done = 1;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    while (!done)
        ;
    printf("%d\n", result);
    pthread_join(t, NULL);
    return 0;
}
