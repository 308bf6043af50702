/* TRUTH: free — the worker's second lock of its error-checking mutex returns EDEADLK, so leave_on_error() ends the thread before it writes shared */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t em;
static int shared;

static void leave_on_error(int rc)
{
    if (rc != 0)
        pthread_exit(NULL);
}

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&em);
    leave_on_error(pthread_mutex_lock(&em)); /* EDEADLK: the thread ends here, still holding em */
    shared = 1;
    return NULL;
}

int main(void)
{
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutex_init(&em, &a);
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    shared = 2;
    pthread_join(t, NULL);
    printf("%d\n", shared);
    return 0;
}
