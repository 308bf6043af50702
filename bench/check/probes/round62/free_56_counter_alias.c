/* TRUTH: free — through pi (= &i) the body resets i to i - 1 while go is 0 (read under m), so the loop passes only after main set go under m, which follows main's write of val; the worker reads val after */
#include <pthread.h>
#include <sched.h>
static int go, val;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *arg)
{
    int i;
    int *pi = &i;
    (void)arg;
    for (i = 0; i < 1; i++) {
        pthread_mutex_lock(&m);
        if (!go)
            *pi = i - 1;
        pthread_mutex_unlock(&m);
        sched_yield();
    }
    return (void *)(long)val;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    val = 11;
    pthread_mutex_lock(&m);
    go = 1;
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    return 0;
}
