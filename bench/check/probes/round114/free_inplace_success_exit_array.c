/* TRUTH: free — the lock succeeds, rc[0] is 0 and the worker ends: after never written by it */
#include <pthread.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int after;



static void *worker(void *arg)
{
    (void)arg;
    int rc[2];
    rc[0] = pthread_mutex_lock(&m);
    if (rc[0] == 0)
        pthread_exit(0);
    pthread_mutex_unlock(&m);
    after = 1;
    return 0;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    after = 2;
    pthread_join(t, 0);
    return after;
}
