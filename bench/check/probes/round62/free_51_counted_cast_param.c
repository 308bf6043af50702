/* TRUTH: free — the worker's arg points to go; it waits under m in for (i = 0; i < i + 1 - *(int *)arg; i++), true while go == 0, then writes result; main reads result only after joining, and writes go under m */
#include <pthread.h>
#include <sched.h>
static int go, result, cfg;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *arg)
{
    pthread_mutex_lock(&m);
    for (int i = 0; i < i + 1 - *(int *)arg; i++) {
        pthread_mutex_unlock(&m);
        sched_yield();
        pthread_mutex_lock(&m);
    }
    pthread_mutex_unlock(&m);
    result = cfg * 2;
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, &go);
    cfg = 21;
    pthread_mutex_lock(&m);
    go = 1;
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    return result == 42 ? 0 : 1;
}
