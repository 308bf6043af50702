// racy: the POSIX timer runs tick() in a new thread (SIGEV_THREAD) which increments ticks while main resets and reads it without a lock.
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static long ticks;

static void tick(union sigval sv)
{
    (void)sv;
    ticks++;
}

int main(void)
{
    timer_t timer;
    struct sigevent sev;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_THREAD;
    sev.sigev_notify_function = tick;
    if (timer_create(CLOCK_MONOTONIC, &sev, &timer) != 0)
        return 1;
    struct itimerspec its = { { 0, 10000000 }, { 0, 10000000 } };
    timer_settime(timer, 0, &its, NULL);
    for (int i = 0; i < 5; i++) {
        sleep(1);
        printf("ticks=%ld\n", ticks);
        ticks = 0;
    }
    timer_delete(timer);
    return 0;
}
