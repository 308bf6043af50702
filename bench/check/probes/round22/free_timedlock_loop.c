/* TRUTH: race-free. Each worker retries pthread_mutex_timedlock with a one-second deadline until it returns 0 (the only way out of the loop), so `queue_len` is always updated holding m. */
#include <pthread.h>
#include <stdio.h>
#include <time.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int queue_len;

static void *worker(void *arg)
{
    (void)arg;
    for (;;) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_sec += 1;
        int rc = pthread_mutex_timedlock(&m, &ts);
        if (rc == 0)
            break;
    }
    queue_len++;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", queue_len);
    return 0;
}
