/* TRUTH: free — the lock succeeds (rc, the fifth argument, is 0): leave ends the worker, which never writes after */
#include <pthread.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int after;

static void leave(int a, int b, int c, int d, int rc)
{
    (void)a;
    (void)b;
    (void)c;
    (void)d;
    if (rc != 0)
        return;
    pthread_exit(0);
}

static void *worker(void *arg)
{
    (void)arg;
    leave(1, 2, 3, 4, pthread_mutex_lock(&m));
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
