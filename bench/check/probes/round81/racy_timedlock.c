/* TRUTH: racy — worker's timedlock with an already-expired deadline may fail (main holds m); result ignored, x++ unprotected */
#include <pthread.h>
#include <time.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *w(void *a) {
  struct timespec ts = {0, 0};
  int r = pthread_mutex_timedlock(&m, &ts);
  x++;
  if (r == 0) pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m);
  pthread_join(t, 0);
  return x;
}
