// racy: the SIGEV_THREAD timer callback, set through a designated initializer, bumps fired in another thread while main clears it.
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static int fired;

static void on_expire(union sigval sv)
{
    fired++;
}

int main(void)
{
    timer_t t;
    struct sigevent sev = { .sigev_notify = SIGEV_THREAD };
    sev.sigev_notify_function = on_expire;
    struct itimerspec its = { .it_value = { 0, 5000000 }, .it_interval = { 0, 5000000 } };
    if (timer_create(CLOCK_REALTIME, &sev, &t) == -1)
        return 1;
    timer_settime(t, 0, &its, NULL);
    for (int i = 0; i < 3; i++) {
        sleep(1);
        printf("%d\n", fired);
        fired = 0;
    }
    return 0;
}
