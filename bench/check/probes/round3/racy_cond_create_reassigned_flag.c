/* TRUTH: racy. c is reassigned between the conditional create and the conditional join. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
static int g;
static void *w(void *v) { (void)v; g = 1; return NULL; }
int main(void) {
  pthread_t t;
  int c = __VERIFIER_nondet_int();
  if (c) pthread_create(&t, NULL, w, NULL);
  c = __VERIFIER_nondet_int();
  if (c) pthread_join(t, NULL);
  g = 2;
  return g;
}
