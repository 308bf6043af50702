/* TRUTH: free — the mutex kind comes from a function computing 2 (error-checking); unlock of em not held fails with EPERM and the worker exits before writing shared */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t em;
static int shared;
static int kind_of(int n) { return n + 1; }
static void *worker(void *arg)
{
    (void)arg;
    if (pthread_mutex_unlock(&em) != 0)
        return 0;
    shared = 1;
    return 0;
}
int main(void)
{
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, kind_of(1));
    pthread_mutex_init(&em, &a);
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    shared = 2;
    pthread_join(t, 0);
    printf("%d\n", shared);
    return 0;
}
