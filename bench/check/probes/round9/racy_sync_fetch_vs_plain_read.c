/* TRUTH: racy. One thread updates counter with __sync_fetch_and_add but main reads it with a plain load before joining. */
#include <pthread.h>
#include <stdio.h>

static int counter;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        __sync_fetch_and_add(&counter, 1);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    int snapshot = counter;
    pthread_join(t, NULL);
    printf("%d %d\n", snapshot, counter);
    return 0;
}
