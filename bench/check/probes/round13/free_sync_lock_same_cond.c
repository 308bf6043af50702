/* race-free: lock and write are guarded by the same condition c (path-correlated), so x is only written with m held */
#include <pthread.h>
#include <assert.h>
extern int __VERIFIER_nondet_int(void);
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *w(void *p) {
  (void)p;
  int c = __VERIFIER_nondet_int();
  if (c) pthread_mutex_lock(&m);
  if (c) { x++; pthread_mutex_unlock(&m); }
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, NULL);
  pthread_create(&b, NULL, w, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  assert(x <= 2);
  return 0;
}
