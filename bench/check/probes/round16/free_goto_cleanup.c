// race-free: every path to the cleanup label takes the lock first, and the cleanup releases it.
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int pending;

static void *job(void *arg)
{
    long bad = (long)arg;
    pthread_mutex_lock(&m);
    if (bad)
        goto out;
    pending++;
out:
    pending--;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, job, (void *)0);
    pthread_create(&b, NULL, job, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
