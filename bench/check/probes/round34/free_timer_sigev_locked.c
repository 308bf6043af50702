/* TRUTH: free — the timer thread's ticks++ (line 12) and main's ticks++ (line 23) both hold tick_mu. */
#include <pthread.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
#include <string.h>
#include <stdio.h>

static long ticks;
static pthread_mutex_t tick_mu = PTHREAD_MUTEX_INITIALIZER;

static void tick(union sigval sv) { (void)sv; pthread_mutex_lock(&tick_mu); ticks++; pthread_mutex_unlock(&tick_mu); } // @A

int main(void) {
    timer_t tm;
    struct sigevent sev;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_THREAD;
    sev.sigev_notify_function = tick;
    if (timer_create(CLOCK_MONOTONIC, &sev, &tm) != 0) return 1;
    struct itimerspec its = { { 0, 0 }, { 0, 1000000 } };
    timer_settime(tm, 0, &its, NULL);
    for (int i = 0; i < 100000; i++) { pthread_mutex_lock(&tick_mu); ticks++; pthread_mutex_unlock(&tick_mu); } // @B
    usleep(10000);
    timer_delete(tm);
    pthread_mutex_lock(&tick_mu);
    printf("%ld\n", ticks);
    pthread_mutex_unlock(&tick_mu);
    return 0;
}
