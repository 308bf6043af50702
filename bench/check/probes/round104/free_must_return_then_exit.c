/* TRUTH: free — must() returns early only on a nonzero result and otherwise ends the worker, so after a successful lock the write to shared is never reached */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void must(int rc)
{
    if (rc != 0)
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
