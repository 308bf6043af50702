/* TRUTH: racy — unlocking an error-checking mutex not held returns EPERM, so report() increments errors in the worker while main increments it too, unlocked */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t em;
static int errors;

static void report(int rc)
{
    if (rc != 0)
        errors++;
}

static void *worker(void *arg)
{
    (void)arg;
    report(pthread_mutex_unlock(&em)); /* not held: EPERM */
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
    errors++;
    pthread_join(t, NULL);
    printf("%d\n", errors);
    return 0;
}
