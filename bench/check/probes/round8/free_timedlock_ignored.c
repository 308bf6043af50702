/* TRUTH: free. The update runs only when pthread_mutex_timedlock returned 0; on timeout the thread skips it. */
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
        if (pthread_mutex_timedlock(&m, &ts) != 0)
            continue;
        counter++;
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
