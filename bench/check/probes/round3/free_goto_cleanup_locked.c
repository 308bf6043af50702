/* TRUTH: free. Classic goto-cleanup: all exits go through out: which unlocks; accesses of g
   happen only between lock and out. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int op(void) {
  int rc = -1;
  pthread_mutex_lock(&m);
  if (__VERIFIER_nondet_int()) goto out;
  g++;
  if (g > 100) goto out;
  g *= 2;
  rc = 0;
out:
  pthread_mutex_unlock(&m);
  return rc;
}
static void *w(void *v) { (void)v; op(); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
