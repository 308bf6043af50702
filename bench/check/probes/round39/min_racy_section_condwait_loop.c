/* TRUTH: racy — main holds m around starting and joining T, but waits on cv (releasing m) until T reports `started`; meanwhile U takes m and writes `x = 2` while T writes `x = 1` with no lock. */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int x;
static int started;
static void *T(void *p) {
  (void)p;
  x = 1;
  pthread_mutex_lock(&m);
  started = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&m);
  return 0;
}
static void *U(void *p) {
  (void)p;
  pthread_mutex_lock(&m);
  x = 2;
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t t, u;
  pthread_create(&u, 0, U, 0);
  pthread_mutex_lock(&m);
  pthread_create(&t, 0, T, 0);
  while (!started) pthread_cond_wait(&cv, &m);
  pthread_join(t, 0);
  pthread_mutex_unlock(&m);
  pthread_join(u, 0);
  return x;
}
