/* TRUTH: free. Lock taken before the if; each branch unlocks on its own after touching g. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
static int g, h;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *v) {
  (void)v;
  pthread_mutex_lock(&m);
  if (__VERIFIER_nondet_int()) { g++; pthread_mutex_unlock(&m); }
  else { h++; g--; pthread_mutex_unlock(&m); }
  return NULL;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g + h;
}
