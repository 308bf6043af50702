/* TRUTH: racy — locking an unheld error-checking mutex succeeds, must() lets the worker go on to write shared while main writes it */
#include <pthread.h>
static pthread_mutex_t em;
static int shared;
static void must(int rc)
{
    if (rc != 0)
        pthread_exit(NULL);
}
static void *worker(void *arg)
{
    (void)arg;
    must(pthread_mutex_lock(&em));
    pthread_mutex_unlock(&em);
    shared = 1;
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutex_init(&em, &a);
    pthread_create(&t, NULL, worker, NULL);
    shared = 2;
    pthread_join(t, NULL);
    return shared;
}
