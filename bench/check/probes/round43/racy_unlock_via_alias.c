/* TRUTH: racy — the thread locks m and immediately unlocks it through alias p (== &m) before x++, so both x++ run without m */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *w(void *a) {
  pthread_mutex_t *p = &m;
  pthread_mutex_lock(&m);
  pthread_mutex_unlock(p);
  x++;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return x;
}
