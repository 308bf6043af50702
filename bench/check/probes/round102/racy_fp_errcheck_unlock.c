/* TRUTH: racy — the worker unlocks an error-checking mutex it does not hold (EPERM); through the pointer on_rc, report() increments errors while main increments it unlocked */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t em;
static int errors;

static void report(int rc)
{
    if (rc != 0)
        errors++;
}
static void (*on_rc)(int) = report;

static void *worker(void *arg)
{
    (void)arg;
    on_rc(pthread_mutex_unlock(&em)); /* not held: EPERM */
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
