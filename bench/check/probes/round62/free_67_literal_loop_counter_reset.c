/* TRUTH: free — in for (i = 0; i < 1; i++) the body does i-- while go == 0 (read under m), so the loop repeats until main set go under m, after writing val; the worker reads val after the loop */
#include <pthread.h>
#include <sched.h>
static int go, val;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1; i++) {
        pthread_mutex_lock(&m);
        if (!go)
            i--;
        pthread_mutex_unlock(&m);
        sched_yield();
    }
    return (void *)(long)val;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    val = 14;
    pthread_mutex_lock(&m);
    go = 1;
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    return 0;
}
