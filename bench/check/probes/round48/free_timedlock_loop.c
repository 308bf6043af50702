/* TRUTH: free — each thread retries pthread_mutex_timedlock until it returns 0, so x++ always runs holding m */
#include <pthread.h>
#include <time.h>
int x; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *t(void *a) {
  struct timespec ts;
  do { clock_gettime(CLOCK_REALTIME, &ts); ts.tv_nsec = 0; ts.tv_sec += 1; }
  while (pthread_mutex_timedlock(&m, &ts) != 0);
  x++;
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return x;
}
