/* TRUTH: racy — timer_cb is run by timer_create's SIGEV_THREAD notification in a new thread when the timer fires (1 ms); it writes dev_jiffies++ while main, after arming the timer, writes dev_jiffies = 0 in its loop with no lock: unordered writes on dev_jiffies. */
#include <pthread.h>
#include <signal.h>
#include <time.h>
#include <string.h>
#include <unistd.h>
static long dev_jiffies;
static void timer_cb(union sigval sv) { dev_jiffies++; }
int main(void) {
  timer_t tid;
  struct sigevent sev;
  struct itimerspec its;
  memset(&sev, 0, sizeof sev);
  sev.sigev_notify = SIGEV_THREAD;
  sev.sigev_notify_function = timer_cb;
  if (timer_create(CLOCK_MONOTONIC, &sev, &tid)) return 1;
  memset(&its, 0, sizeof its);
  its.it_value.tv_nsec = 1000000;
  timer_settime(tid, 0, &its, 0);
  for (int i = 0; i < 5; i++) { dev_jiffies = 0; usleep(1000); }
  return 0;
}
