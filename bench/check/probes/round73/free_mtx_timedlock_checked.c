/* TRUTH: free — g touched only when mtx_timedlock succeeded */
#include <threads.h>
#include <time.h>
int g; mtx_t m;
int w(void *a){ struct timespec ts; timespec_get(&ts, TIME_UTC); ts.tv_sec += 1;
  if (mtx_timedlock(&m, &ts) == thrd_success) { g++; mtx_unlock(&m); } return 0; }
int main(void){ thrd_t t1,t2; mtx_init(&m, mtx_timed);
  thrd_create(&t1,w,0); thrd_create(&t2,w,0); thrd_join(t1,0); thrd_join(t2,0); return g; }
