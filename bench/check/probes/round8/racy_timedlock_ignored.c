/* TRUTH: racy. The return value of pthread_mutex_timedlock is ignored, so after a timeout the thread updates the counter without the lock while the other holds it. */
#include <pthread.h>
#include <time.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long counter;

static void *worker(void *arg)
{
    struct timespec ts;
    (void)arg;
    for (int i = 0; i < 100; i++) {
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec = 0;
        int rc = pthread_mutex_timedlock(&m, &ts);
        counter++;
        if (rc == 0)
            pthread_mutex_unlock(&m);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return counter > 200;
}
