/* TRUTH: free — the lock succeeds, ok is 1, and the helper ends the worker before it writes after */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int after;
static void done(int rc)
{
    int ok = rc ? 0 : 1;
    while (ok)
        pthread_exit(0);
}
static void *worker(void *arg)
{
    (void)arg;
    done(pthread_mutex_lock(&m));
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
