/* TRUTH: racy — pop(1) unlocks m before x++, so the two threads' x++ are unprotected */
#include <pthread.h>
int x; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void unlock_it(void *p) { pthread_mutex_unlock(p); }
void *t(void *a) {
  pthread_mutex_lock(&m);
  pthread_cleanup_push(unlock_it, &m);
  pthread_cleanup_pop(1);
  x++;
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return x;
}
