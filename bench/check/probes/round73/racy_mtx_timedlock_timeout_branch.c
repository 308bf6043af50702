/* TRUTH: racy — g++ (line 7) in the timed-out branch (no lock); worker 2 holds m for 200ms so w1 times out while w2 writes g (line 10) */
#include <threads.h>
#include <time.h>
int g; mtx_t m;
int w1(void *a){ thrd_sleep(&(struct timespec){0,20000000},0); struct timespec ts; timespec_get(&ts, TIME_UTC); ts.tv_nsec = 0; ts.tv_sec += 0;
  if (mtx_timedlock(&m, &ts) != thrd_success) {
    g++; } else mtx_unlock(&m);
  return 0; }
int w2(void *a){ mtx_lock(&m); thrd_sleep(&(struct timespec){0,100000000},0);
  g++; mtx_unlock(&m); return 0; }
int main(void){ thrd_t t1,t2; mtx_init(&m, mtx_timed);
  thrd_create(&t1,w1,0); thrd_create(&t2,w2,0); thrd_join(t1,0); thrd_join(t2,0); return g; }
