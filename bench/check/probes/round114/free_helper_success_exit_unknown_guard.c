/* TRUTH: free — the lock succeeds, getpid() > 0 always: leave ends the worker, which never writes after */
#include <pthread.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int after;

static void leave(int rc)
{
    if (rc == 0) {
        if (getpid() > 0)
            pthread_exit(0);
        return;
    }
}

static void *worker(void *arg)
{
    (void)arg;
    leave(pthread_mutex_lock(&m));
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
