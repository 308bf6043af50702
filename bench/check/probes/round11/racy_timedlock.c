// racy: the result of pthread_mutex_timedlock is ignored except for the unlock; on timeout cnt++ runs without the lock.
#include <pthread.h>
#include <time.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int cnt;
void *w(void *a) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  int rc = pthread_mutex_timedlock(&m, &ts);
  cnt++;
  if (rc == 0) pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return cnt;
}
