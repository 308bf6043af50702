/* TRUTH: racy. Error path unlocks and then bumps errcount without a lock. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
static int g, errcount;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int op(void) {
  pthread_mutex_lock(&m);
  if (__VERIFIER_nondet_int()) { pthread_mutex_unlock(&m); errcount++; return -1; }
  g++;
  pthread_mutex_unlock(&m);
  return 0;
}
static void *w(void *v) { (void)v; op(); op(); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g + errcount;
}
