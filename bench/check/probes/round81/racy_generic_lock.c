/* TRUTH: racy — _Generic controlling expression is not evaluated, so lock never taken in worker */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *w(void *a) { int r = _Generic(pthread_mutex_lock(&m), int: 0, default: 1); x++; (void)r; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m);
  pthread_join(t, 0);
  return x;
}
