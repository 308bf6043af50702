// race-free: the SIGEV_THREAD callback and main both access ticks under ticks_lock.
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static long ticks;
static pthread_mutex_t ticks_lock = PTHREAD_MUTEX_INITIALIZER;

static void tick(union sigval sv)
{
    (void)sv;
    pthread_mutex_lock(&ticks_lock);
    ticks++;
    pthread_mutex_unlock(&ticks_lock);
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
        pthread_mutex_lock(&ticks_lock);
        printf("ticks=%ld\n", ticks);
        ticks = 0;
        pthread_mutex_unlock(&ticks_lock);
    }
    timer_delete(timer);
    return 0;
}
