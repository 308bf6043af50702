// racy: timer_create with SIGEV_THREAD runs tick() in another thread, which writes ticks while main writes it too.
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <time.h>
#include <unistd.h>
static long ticks;
static void tick(union sigval sv) { ticks++; }
int main(void)
{
    timer_t timer;
    struct sigevent sev = { 0 };
    struct itimerspec its = { { 0, 1000000 }, { 0, 1000000 } };
    sev.sigev_notify = SIGEV_THREAD;
    sev.sigev_notify_function = tick;
    timer_create(CLOCK_MONOTONIC, &sev, &timer);
    timer_settime(timer, 0, &its, NULL);
    sleep(1);
    ticks = 0;
    return 0;
}
