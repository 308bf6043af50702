/* TRUTH: racy — the reader waits (counted-form loop under m) for ready, but main writes data only after setting ready, so main's write and the reader's read of data are unordered */
#include <pthread.h>
#include <sched.h>
static int data, ready;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *reader(void *arg)
{
    int *p = &ready;
    (void)arg;
    pthread_mutex_lock(&m);
    for (long i = 0; i <= i - *p; i++) {
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
    pthread_create(&t, NULL, reader, NULL);
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_mutex_unlock(&m);
    data = 42;
    pthread_join(t, NULL);
    return 0;
}
