/* The clock variants (as libstdc++ uses them): a condvar wait that times out, a timed join. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t c = PTHREAD_COND_INITIALIZER;

static void *napper(void *arg)
{
    (void)arg;
    usleep(20000);
    return NULL;
}

int main(void)
{
    struct timespec abs;
    pthread_t t;
    int r;

    clock_gettime(CLOCK_MONOTONIC, &abs);
    abs.tv_nsec += 30 * 1000 * 1000;
    if (abs.tv_nsec >= 1000000000) {
        abs.tv_sec++;
        abs.tv_nsec -= 1000000000;
    }
    pthread_mutex_lock(&m);
    r = pthread_cond_clockwait(&c, &m, CLOCK_MONOTONIC, &abs);
    pthread_mutex_unlock(&m);
    printf("clockwait %s\n", r == ETIMEDOUT ? "timed out" : "woke");
    pthread_create(&t, NULL, napper, NULL);
    clock_gettime(CLOCK_REALTIME, &abs);
    abs.tv_sec += 5;
    printf("timedjoin %d\n", pthread_timedjoin_np(t, NULL, &abs));
    return 0;
}
