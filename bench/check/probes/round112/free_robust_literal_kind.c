/* TRUTH: free — rm is robust (setrobust 1 == PTHREAD_MUTEX_ROBUST); the worker's unlock of rm, not held, fails (EPERM) and must() ends it before it writes shared */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t rm;
static int shared;
static void must(int rc)
{
    if (rc != 0)
        pthread_exit(0);
}
static void *worker(void *arg)
{
    (void)arg;
    must(pthread_mutex_unlock(&rm));
    shared = 1;
    return 0;
}
int main(void)
{
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_setrobust(&a, 1);
    pthread_mutex_init(&rm, &a);
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    shared = 2;
    pthread_join(t, 0);
    printf("%d\n", shared);
    return 0;
}
