/* TRUTH: racy — must() ends the worker only on a nonzero result; a successful lock returns 0, so the worker writes shared while main does */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void must(int rc)
{
    if (rc == 0)
        return;
    pthread_exit(NULL);
}
static void *worker(void *arg)
{
    (void)arg;
    must(pthread_mutex_lock(&m));
    pthread_mutex_unlock(&m);
    shared = 1;
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    shared = 2;
    pthread_join(t, NULL);
    return shared;
}
