/* TRUTH: free — pthread_mutexattr_settype with kind 999 fails (EINVAL) on every run: the worker ends before writing shared */
#include <pthread.h>
#include <stdio.h>
static int shared;
static void *worker(void *arg)
{
    (void)arg;
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    if (pthread_mutexattr_settype(&a, 999) != 0)
        pthread_exit(0);
    shared = 1;
    return 0;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    shared = 2;
    pthread_join(t, 0);
    printf("%d\n", shared);
    return 0;
}
