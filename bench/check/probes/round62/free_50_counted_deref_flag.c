/* TRUTH: free — the reader waits under m in for (i = 0; i <= i - *p; i++) with p = &ready (true while ready == 0), then reads data; main writes data before setting ready under m, so the write happens before the read */
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
    data = 42;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    return 0;
}
