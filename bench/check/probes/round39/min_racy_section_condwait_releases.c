/* TRUTH: racy — main holds m while it starts and joins T, but in between it calls pthread_cond_timedwait on m, which releases m for up to 200 ms: U can take m and write `x = 2` while T (which takes no lock) writes `x = 1`. */
#include <pthread.h>
#include <time.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int x;
static void *T(void *p) { (void)p; x = 1; return 0; }
static void *U(void *p) {
  (void)p;
  pthread_mutex_lock(&m);
  x = 2;
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t t, u;
  struct timespec ts;
  pthread_create(&u, 0, U, 0);
  pthread_mutex_lock(&m);
  pthread_create(&t, 0, T, 0);
  clock_gettime(CLOCK_REALTIME, &ts);
  ts.tv_nsec += 200000000;
  if (ts.tv_nsec >= 1000000000) { ts.tv_sec++; ts.tv_nsec -= 1000000000; }
  pthread_cond_timedwait(&cv, &m, &ts);
  pthread_join(t, 0);
  pthread_mutex_unlock(&m);
  pthread_join(u, 0);
  return x;
}
