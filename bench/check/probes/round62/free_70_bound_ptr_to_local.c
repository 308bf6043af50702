/* TRUTH: free — the bound *p reads local n (p = &n), which the body increments while go == 0 (read under m); the loop ends only after main set go under m, after writing val; the worker reads val after */
#include <pthread.h>
#include <sched.h>
static int go, val;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *arg)
{
    int n = 1;
    int *p = &n;
    (void)arg;
    for (int i = 0; i < *p; i++) {
        pthread_mutex_lock(&m);
        if (!go)
            n++;
        pthread_mutex_unlock(&m);
        sched_yield();
    }
    return (void *)(long)val;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    val = 16;
    pthread_mutex_lock(&m);
    go = 1;
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    return 0;
}
