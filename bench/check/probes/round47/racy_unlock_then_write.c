/* TRUTH: racy — the worker releases the lock one statement too early; the final write to state happens unlocked */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int state, seen;
void *w(void *a) {
  pthread_mutex_lock(&m);
  seen = state;
  pthread_mutex_unlock(&m);
  state = seen + 1;
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, w, 0);
  pthread_create(&y, 0, w, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return state;
}
