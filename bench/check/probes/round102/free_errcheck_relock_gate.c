/* TRUTH: free — relocking the error-checking mutex the worker holds returns EDEADLK, so on_locked() never writes shared; only main writes it */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t em;
static int shared;

static void on_locked(int rc)
{
    if (rc == 0)
        shared++; /* only when this call took the lock */
}

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&em);
    on_locked(pthread_mutex_lock(&em)); /* already held: EDEADLK */
    pthread_mutex_unlock(&em);
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
    shared = 7;
    pthread_join(t, NULL);
    printf("%d\n", shared);
    return 0;
}
