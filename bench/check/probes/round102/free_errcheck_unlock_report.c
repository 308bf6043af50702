/* TRUTH: free — as racy_errcheck_unlock_report but the worker holds em, so the unlock returns 0 and report() writes nothing */
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
    pthread_mutex_lock(&em);
    report(pthread_mutex_unlock(&em)); /* held: 0 */
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
