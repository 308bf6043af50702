/* TRUTH: racy. timer_create with SIGEV_THREAD runs on_tick() in a new thread when the 1 ms timer expires; on_tick increments hits while main keeps incrementing hits in its loop: unordered conflicting writes. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

long hits;

static void on_tick(union sigval v)
{
    (void)v;
    hits++;
}

int main(void)
{
    timer_t tid;
    struct sigevent sev;
    struct itimerspec its;
    memset(&sev, 0, sizeof sev);
    memset(&its, 0, sizeof its);
    sev.sigev_notify = SIGEV_THREAD;
    sev.sigev_notify_function = on_tick;
    if (timer_create(CLOCK_MONOTONIC, &sev, &tid) != 0)
        return 1;
    its.it_value.tv_nsec = 1000000;
    its.it_interval.tv_nsec = 1000000;
    timer_settime(tid, 0, &its, NULL);
    for (long i = 0; i < 100000000L; i++)
        hits++;
    timer_delete(tid);
    printf("%ld\n", hits);
    return 0;
}
