/* TRUTH: racy — t writes x (line 8) whether or not timedlock succeeded; on ETIMEDOUT it writes without m, racing with main's locked write (line 11). */
#include <pthread.h>
#include <time.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; int x;
void *t(void *a) {
  struct timespec ts; clock_gettime(CLOCK_REALTIME, &ts);
  int rc = pthread_mutex_timedlock(&m, &ts);
  x = 5; if (rc == 0) pthread_mutex_unlock(&m);
  return 0; }
int main(void) { pthread_t th; pthread_create(&th, 0, t, 0);
  pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m);
  pthread_join(th, 0); return x; }
