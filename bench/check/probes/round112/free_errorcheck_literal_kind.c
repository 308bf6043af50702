/* TRUTH: free — em is error-checking (settype 2 == PTHREAD_MUTEX_ERRORCHECK); the worker's unlock of em, not held, fails (EPERM) and must() ends it before it writes shared */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t em;
static int shared;
static void must(int rc)
{
    if (rc != 0)
        pthread_exit(0);
}
static void *worker(void *arg)
{
    (void)arg;
    must(pthread_mutex_unlock(&em));
    shared = 1;
    return 0;
}
int main(void)
{
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, 2);
    pthread_mutex_init(&em, &a);
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    shared = 2;
    pthread_join(t, 0);
    printf("%d\n", shared);
    return 0;
}
