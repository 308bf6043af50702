/* TRUTH: free — t writes x (line 8) only when pthread_mutex_timedlock returned 0 (lock held); main writes x under m (line 11). */
#include <pthread.h>
#include <time.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; int x;
void *t(void *a) {
  struct timespec ts; clock_gettime(CLOCK_REALTIME, &ts); ts.tv_sec += 5;
  if (pthread_mutex_timedlock(&m, &ts) == 0) {
    x = 5; pthread_mutex_unlock(&m); }
  return 0; }
int main(void) { pthread_t th; pthread_create(&th, 0, t, 0);
  pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m);
  pthread_join(th, 0); return x; }
