// free: both threads retry pthread_mutex_timedlock until it returns 0, then update cnt and unlock.
#include <pthread.h>
#include <time.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int cnt;
void *w(void *a) {
  struct timespec ts;
  do {
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += 1;
  } while (pthread_mutex_timedlock(&m, &ts) != 0);
  cnt++;
  pthread_mutex_unlock(&m);
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
