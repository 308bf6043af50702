/* TRUTH: racy — v is NaN so v == v is false: leave_if never exits and both threads write shared */
#include <pthread.h>
#include <math.h>
#include <limits.h>
#include <string.h>
static int shared;
static void leave_if(int c) { if (c) pthread_exit(0); }
static void *worker(void *a) {
  (void)a;
  double v = NAN;
  leave_if(v == v);
  shared++;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  shared++;
  pthread_join(t, 0);
  return 0;
}
