/* TRUTH: racy — pthread_barrier_init with count 0 fails (EINVAL), so no_barrier() sets serial in main while the worker reads it unsynchronized */
#include <pthread.h>
#include <stdio.h>

static pthread_barrier_t bar;
static int serial;
static int nworkers; /* 0: nobody to wait for */

static void no_barrier(int rc)
{
    if (rc != 0)
        serial = 1;
}

static void *worker(void *arg)
{
    (void)arg;
    printf("%d\n", serial);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    no_barrier(pthread_barrier_init(&bar, NULL, (unsigned)nworkers));
    pthread_join(t, NULL);
    return 0;
}
