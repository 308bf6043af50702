/* TRUTH: racy. case 0 increments under m, case 1 without; k is nondet per thread. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *v) {
  (void)v;
  switch (__VERIFIER_nondet_int() & 1) {
  case 0: pthread_mutex_lock(&m); g++; pthread_mutex_unlock(&m); break;
  case 1: g++; break;
  }
  return NULL;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
