/* TRUTH: racy. main reads the result right after creating the detached worker, before waiting for the done flag. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int done;
static long result;

static void *worker(void *arg)
{
    long n = (long)arg, s = 0;
    for (long i = 1; i <= n; i++)
        s += i;
    result = s;
    pthread_mutex_lock(&m);
    done = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_attr_t attr;
    long r = 0;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_create(&t, &attr, worker, (void *)100L);
    pthread_attr_destroy(&attr);
    r = result;
    pthread_mutex_lock(&m);
    while (!done)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    printf("%ld\n", r);
    return 0;
}
