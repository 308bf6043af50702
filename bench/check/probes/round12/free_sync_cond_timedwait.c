// free: the consumer waits (timed) for ready under the mutex, then reads data written before ready was set under it.
#include <pthread.h>
#include <time.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static int ready, data;
static void *consumer(void *a)
{
    (void)a;
    pthread_mutex_lock(&m);
    while (!ready) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_sec += 1;
        pthread_cond_timedwait(&c, &m, &ts);
    }
    pthread_mutex_unlock(&m);
    return (void *)(long)data;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, consumer, NULL);
    data = 3;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_cond_signal(&c);
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    return 0;
}
