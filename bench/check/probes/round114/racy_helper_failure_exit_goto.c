/* TRUTH: racy — the lock succeeds, leave returns, the worker writes after unlocked while main does */
#include <pthread.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int after;

static void leave(int rc)
{
    if (rc == 0)
        goto ok;
    pthread_exit(0);
ok:
    return;
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
