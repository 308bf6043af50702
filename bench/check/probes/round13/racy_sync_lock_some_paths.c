/* racy: the lock is taken only when c is nonzero, but x++ runs on both paths */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *w(void *p) {
  (void)p;
  int c = __VERIFIER_nondet_int();
  if (c) pthread_mutex_lock(&m);
  x++;
  if (c) pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, NULL);
  pthread_create(&b, NULL, w, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return x;
}
