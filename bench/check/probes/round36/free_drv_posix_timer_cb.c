/* TRUTH: free — twin of racy_drv_posix_timer_cb: the SIGEV_THREAD timer callback timer_cb and main's loop both access dev_jiffies only while holding jiffies_lock (one pthread mutex). */
#include <pthread.h>
#include <signal.h>
#include <time.h>
#include <string.h>
#include <unistd.h>
static long dev_jiffies;
static pthread_mutex_t jiffies_lock = PTHREAD_MUTEX_INITIALIZER;
static void timer_cb(union sigval sv) { pthread_mutex_lock(&jiffies_lock); dev_jiffies++; pthread_mutex_unlock(&jiffies_lock); }
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
  for (int i = 0; i < 5; i++) { pthread_mutex_lock(&jiffies_lock); dev_jiffies = 0; pthread_mutex_unlock(&jiffies_lock); usleep(1000); }
  return 0;
}
