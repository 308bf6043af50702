/* TRUTH: racy. Minimal: code after `return` that is reached only through a goto label is
   treated as dead by weft; two threads write g there. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
static int g;
static void *w(void *v) {
  (void)v;
  if (__VERIFIER_nondet_int()) goto work;
  return NULL;
work:
  g++;
  return NULL;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return 0;
}
