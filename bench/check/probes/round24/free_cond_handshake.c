/* TRUTH: race-free. The worker writes result, then sets ready under m and signals; main waits under m until ready, so the unlock after the worker's write happens before main's lock, and main's read of result (after the wait) is ordered after the write. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready;
static int result;

static void *worker(void *arg)
{
    (void)arg;
    result = 123;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_mutex_lock(&m);
    while (!ready)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    printf("%d\n", result);
    pthread_detach(t);
    return 0;
}
