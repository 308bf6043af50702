/* TRUTH: free — the lock succeeds, so retry() reaches pthread_exit on its first pass; the worker never writes after */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int after;
static void retry(int rc)
{
    for (int k = 0; k < 3; k++) {
        if (rc == 0)
            pthread_exit(0);
    }
}
static void *worker(void *arg)
{
    (void)arg;
    retry(pthread_mutex_lock(&m));
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
