/* TRUTH: racy. Create under c, join under an independent nondet d: c && !d leaves the thread
   running while main writes g. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
static int g;
static void *w(void *v) { (void)v; g = 1; return NULL; }
int main(void) {
  pthread_t t;
  int c = __VERIFIER_nondet_int();
  int d = __VERIFIER_nondet_int();
  if (c) pthread_create(&t, NULL, w, NULL);
  if (c && d) pthread_join(t, NULL);
  g = 2;
  return g;
}
