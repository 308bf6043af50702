/* TRUTH: racy — the loop waits at most 1 ms with pthread_timedjoin_np; on timeout the thread keeps running and overlaps the next one on counter. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <errno.h>

static long counter;

static void *bump(void *arg)
{
    (void)arg;
    counter++;
    return NULL;
}

int main(void)
{
    for (int i = 0; i < 4; i++) {
        pthread_t t;
        struct timespec dl;
        clock_gettime(CLOCK_REALTIME, &dl);
        dl.tv_nsec += 1000000;
        if (dl.tv_nsec >= 1000000000) { dl.tv_sec++; dl.tv_nsec -= 1000000000; }
        pthread_create(&t, NULL, bump, NULL);
        if (pthread_timedjoin_np(t, NULL, &dl) == ETIMEDOUT)
            pthread_detach(t);
    }
    return 0;
}
