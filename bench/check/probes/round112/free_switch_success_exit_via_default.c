/* TRUTH: free — the lock succeeds (0), which the switch sends to default: pthread_exit; the worker never writes after */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int after;
static void check(int rc)
{
    switch (rc) {
    case 11:
    case 22:
        return;
    default:
        pthread_exit(0);
    }
}
static void *worker(void *arg)
{
    (void)arg;
    check(pthread_mutex_lock(&m));
    pthread_mutex_unlock(&m);
    after = 1;
    return 0;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    after = 2;
    pthread_join(t, 0);
    printf("%d\n", after);
    return 0;
}
