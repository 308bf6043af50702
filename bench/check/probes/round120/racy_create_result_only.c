/* TRUTH: racy — the only write of the global rc by main is rc = pthread_create(...), which happens after the worker has started; the worker reads rc concurrently */
#include <pthread.h>
#include <unistd.h>

int rc = -1;

void *worker(void *arg)
{
    (void)arg;
    long s = 0;
    for (int i = 0; i < 20; i++) {
        s += rc;
        usleep(1000);
    }
    return (void *)s;
}

int main(void)
{
    pthread_t t;
    rc = pthread_create(&t, 0, worker, 0);
    pthread_join(t, 0);
    return rc;
}
