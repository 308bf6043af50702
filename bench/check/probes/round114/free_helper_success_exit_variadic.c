/* TRUTH: free — the lock succeeds, leave reads rc 0 from its variadic arguments and ends the worker: after never written by it */
#include <pthread.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int after;

#include <stdarg.h>
static void leave(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    int rc = va_arg(ap, int);
    va_end(ap);
    if (rc != 0)
        return;
    pthread_exit(0);
}

static void *worker(void *arg)
{
    (void)arg;
    leave(1, pthread_mutex_lock(&m));
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
