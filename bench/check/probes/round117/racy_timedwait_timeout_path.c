/* TRUTH: racy — the cond_timedwait result (plain local) is ETIMEDOUT after 1 ms, and the timeout path bumps `timeouts` after unlocking while main writes it under m */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready, timeouts;

static void *waiter(void *arg)
{
    struct timespec ts;
    int rc = 0;
    (void)arg;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_nsec += 1000000;
    if (ts.tv_nsec >= 1000000000) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000;
    }
    pthread_mutex_lock(&m);
    while (!ready && rc == 0)
        rc = pthread_cond_timedwait(&cv, &m, &ts);
    pthread_mutex_unlock(&m);
    if (rc == ETIMEDOUT)
        timeouts++;             /* outside the lock */
    return NULL;
}

int main(void)
{
    pthread_t a;
    pthread_create(&a, NULL, waiter, NULL);
    usleep(20000);
    pthread_mutex_lock(&m);
    ready = 1;
    timeouts = 0;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    pthread_join(a, NULL);
    printf("%d\n", timeouts);
    return 0;
}
