/* TRUTH: racy — the worker updates `bytes` with __sync_fetch_and_add, but the monitor thread reads bytes with a plain (non-atomic) load; worker write vs monitor read. */
#include <pthread.h>
#include <stdio.h>

static long bytes;
static long snapshot;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++)
        __sync_fetch_and_add(&bytes, 512);
    return NULL;
}

static void *monitor(void *arg)
{
    (void)arg;
    snapshot = bytes;
    return NULL;
}

int main(void)
{
    pthread_t w, m;
    pthread_create(&w, NULL, worker, NULL);
    pthread_create(&m, NULL, monitor, NULL);
    pthread_join(w, NULL);
    pthread_join(m, NULL);
    printf("%ld %ld\n", bytes, snapshot);
    return 0;
}
