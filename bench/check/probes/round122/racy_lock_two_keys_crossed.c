/* TRUTH: racy — i=1, j=0: m taken, n not; main writes y (needs n) while t writes y under n */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x, y;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER, n = PTHREAD_MUTEX_INITIALIZER;
void *t(void *a) {
  pthread_mutex_lock(&n); y = 1; pthread_mutex_unlock(&n);
  return 0;
}
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int(), j = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (i) pthread_mutex_lock(&m);
  if (j) pthread_mutex_lock(&n);
  if (i) { y++; pthread_mutex_unlock(&m); }
  if (j) pthread_mutex_unlock(&n);
  pthread_join(id, 0);
  return 0;
}
