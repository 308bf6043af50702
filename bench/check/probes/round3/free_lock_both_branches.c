/* TRUTH: free. Each branch locks, accesses g, unlocks. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *v) {
  (void)v;
  if (__VERIFIER_nondet_int()) { pthread_mutex_lock(&m); g++; pthread_mutex_unlock(&m); }
  else { pthread_mutex_lock(&m); g--; pthread_mutex_unlock(&m); }
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
