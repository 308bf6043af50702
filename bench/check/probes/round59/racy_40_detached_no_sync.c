/* TRUTH: racy — the detached thread writes last_seen; main reads last_seen after a busy delay loop but with no join or other synchronization, so write and read are unordered. */
#include <pthread.h>
#include <stdio.h>

static long last_seen;

static void *ticker(void *a)
{
    (void)a;
    for (long i = 0; i < 1000; i++)
        last_seen = i;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, ticker, NULL);
    pthread_detach(t);
    volatile long spin = 0;
    for (long i = 0; i < 100000; i++)
        spin += i;
    printf("%ld\n", last_seen);
    return 0;
}
