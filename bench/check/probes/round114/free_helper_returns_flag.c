/* TRUTH: free — ok() is 1 on the successful lock and the worker ends there: after is never written by it */
#include <pthread.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int after;

static int ok(int rc)
{
    return rc == 0;
}

static void *worker(void *arg)
{
    (void)arg;
    if (ok(pthread_mutex_lock(&m)))
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
