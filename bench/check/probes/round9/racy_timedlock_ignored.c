/* TRUTH: racy. pthread_mutex_timedlock can time out (the deadline is already past), and the result is ignored, so jobs++ may run without the lock. */
#include <pthread.h>
#include <stdio.h>
#include <time.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int jobs;

static void *worker(void *arg)
{
    struct timespec ts;
    (void)arg;
    clock_gettime(CLOCK_REALTIME, &ts);
    for (int i = 0; i < 100; i++) {
        int rc = pthread_mutex_timedlock(&m, &ts);
        jobs++;
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
    printf("%d\n", jobs);
    return 0;
}
