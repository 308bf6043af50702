/* TRUTH: racy — a POSIX timer with SIGEV_THREAD runs its notify function in a new thread when it fires (after 1 ms); that function writes ticks while main keeps writing ticks with no synchronization. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
static int ticks;
static void on_timer(union sigval sv) {
    (void)sv;
    ticks = 1000;
}
int main(void) {
    struct sigevent sev;
    timer_t tid;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_THREAD;
    sev.sigev_notify_function = on_timer;
    timer_create(CLOCK_MONOTONIC, &sev, &tid);
    struct itimerspec its = { { 0, 0 }, { 0, 1000000 } };
    timer_settime(tid, 0, &its, NULL);
    for (int i = 0; i < 20000; i++) {
        ticks++;
        if (i % 1000 == 0) usleep(100);
    }
    printf("%d\n", ticks);
    return 0;
}
