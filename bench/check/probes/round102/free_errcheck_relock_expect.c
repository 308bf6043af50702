/* TRUTH: free — same as racy_errcheck_relock_expect but both increments hold the mutex g */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_mutex_t em;
static int counter;
static pthread_mutex_t g = PTHREAD_MUTEX_INITIALIZER;

static void expect_deadlock(int rc)
{
    if (rc == 0) {
        fprintf(stderr, "error-checking mutex relocked\n");
        exit(1);
    }
}

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&em);
    expect_deadlock(pthread_mutex_lock(&em)); /* EDEADLK: returns */
    pthread_mutex_unlock(&em);
    pthread_mutex_lock(&g); counter++; pthread_mutex_unlock(&g);
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
    pthread_mutex_lock(&g); counter++; pthread_mutex_unlock(&g);
    pthread_join(t, NULL);
    printf("%d\n", counter);
    return 0;
}
