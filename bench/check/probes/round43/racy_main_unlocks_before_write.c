/* TRUTH: racy — main unlocks m before writing x = 1, so it races with the thread's x = 2 */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *w(void *a) { pthread_mutex_lock(&m); x = 2; pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t t;
  pthread_mutex_lock(&m);
  pthread_create(&t, 0, w, 0);
  pthread_mutex_unlock(&m);
  x = 1;
  pthread_join(t, 0);
  return x;
}
