/* TRUTH: free — vp (volatile int *) points to flag, read only under m; for (i = 0; i <= i - *vp; i++) repeats while flag == 0, so the worker reads data only after main wrote data and set flag under m */
#include <pthread.h>
#include <sched.h>
static int flag;
static int data;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *arg)
{
    volatile int *vp = &flag;
    (void)arg;
    pthread_mutex_lock(&m);
    for (long i = 0; i <= i - *vp; i++) {
        pthread_mutex_unlock(&m);
        sched_yield();
        pthread_mutex_lock(&m);
    }
    pthread_mutex_unlock(&m);
    return (void *)(long)data;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    data = 8;
    pthread_mutex_lock(&m);
    flag = 1;
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    return 0;
}
