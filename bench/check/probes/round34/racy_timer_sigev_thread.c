/* TRUTH: racy — the POSIX timer notifies with SIGEV_THREAD: tick() runs in a new thread about 1 ms after timer_settime, incrementing ticks (line 11), while main keeps incrementing ticks (line 22) with no lock. */
#include <pthread.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
#include <string.h>
#include <stdio.h>

static long ticks;

static void tick(union sigval sv) { (void)sv; ticks++; } // @A

int main(void) {
    timer_t tm;
    struct sigevent sev;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_THREAD;
    sev.sigev_notify_function = tick;
    if (timer_create(CLOCK_MONOTONIC, &sev, &tm) != 0) return 1;
    struct itimerspec its = { { 0, 0 }, { 0, 1000000 } };
    timer_settime(tm, 0, &its, NULL);
    for (int i = 0; i < 100000; i++) ticks++; // @B
    usleep(10000);
    printf("%ld\n", ticks);
    return 0;
}
