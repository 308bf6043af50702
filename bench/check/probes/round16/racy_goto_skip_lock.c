// racy: the error path jumps past the lock to the cleanup that resets pending without holding it.
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int pending;

static void *job(void *arg)
{
    long bad = (long)arg;
    if (bad)
        goto out;
    pthread_mutex_lock(&m);
    pending++;
out:
    if (!bad) {
        pending--;
        pthread_mutex_unlock(&m);
    } else {
        pending = 0;
    }
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
