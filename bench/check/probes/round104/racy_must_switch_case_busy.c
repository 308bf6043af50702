/* TRUTH: racy — must() ends the worker only on case 16 (EBUSY), which a successful lock does not return: the worker writes shared while main does */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void must(int rc)
{
    switch (rc) {
    case 16:
        pthread_exit(NULL);
    default:
        break;
    }
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
