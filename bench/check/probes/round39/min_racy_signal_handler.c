/* TRUTH: racy — the SIGALRM handler writes `ticks` in whichever thread takes the signal (asynchronously, after alarm(1)), while the worker writes `ticks` in a loop; the handler's `ticks++` and the worker's `ticks = i` are unordered. */
#include <pthread.h>
#include <signal.h>
#include <unistd.h>
static int ticks;
static void on_alarm(int s) { (void)s; ticks++; }
static void *w(void *p) {
  (void)p;
  for (int i = 0; i < 100000000; i++) ticks = i;
  return 0;
}
int main(void) {
  pthread_t a;
  signal(SIGALRM, on_alarm);
  alarm(1);
  pthread_create(&a, 0, w, 0);
  pthread_join(a, 0);
  return 0;
}
