/* TRUTH: free — nobody else ever locks m, so the worker's trylock always succeeds and leave_on_success ends it before it writes shared */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void leave_on_success(int rc)
{
    if (rc != 0)
        return;
    pthread_exit(0);
}
static void *worker(void *arg)
{
    (void)arg;
    leave_on_success(pthread_mutex_trylock(&m));
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
