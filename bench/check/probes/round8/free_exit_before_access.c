/* TRUTH: free. The worker's helper always calls pthread_exit before the unlocked write, so that write never executes; main reads total only after joining. */
#include <pthread.h>

static long total;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static void finish(long v)
{
    pthread_mutex_lock(&m);
    total += v;
    pthread_mutex_unlock(&m);
    pthread_exit(NULL);
}

static void *worker(void *arg)
{
    long v = (long)arg;
    finish(v);
    total = -1;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    long t;
    pthread_create(&a, NULL, worker, (void *)1L);
    pthread_create(&b, NULL, worker, (void *)2L);
    pthread_mutex_lock(&m);
    t = total;
    pthread_mutex_unlock(&m);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return t > 3;
}
