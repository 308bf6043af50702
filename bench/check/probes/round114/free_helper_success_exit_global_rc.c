/* TRUTH: free — only the worker touches last_rc; the lock succeeds (0) and leave ends the worker: it never writes after */
#include <pthread.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int after;

static int last_rc;

static void leave(void)
{
    if (last_rc != 0)
        return;
    pthread_exit(0);
}

static void *worker(void *arg)
{
    (void)arg;
    last_rc = pthread_mutex_lock(&m);
    leave();
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
