// race-free: the timer notifies by SIGEV_NONE and main polls it with timer_gettime; no other thread exists.
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <stdio.h>
#include <time.h>

static int polls;

int main(void)
{
    timer_t t;
    struct sigevent sev = { .sigev_notify = SIGEV_NONE };
    struct itimerspec its = { .it_value = { 1, 0 } }, left;
    if (timer_create(CLOCK_MONOTONIC, &sev, &t) == -1)
        return 1;
    timer_settime(t, 0, &its, NULL);
    do {
        polls++;
        timer_gettime(t, &left);
    } while (left.it_value.tv_sec || left.it_value.tv_nsec);
    printf("%d\n", polls);
    return 0;
}
