/* TRUTH: free — the assume in ?:'s condition runs on every run: v < 4, so main's x++ (v > 5) never runs */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
int g;
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  g = (__VERIFIER_assume(v < 4), 1) ? 2 : 3;
  pthread_create(&t, 0, thr, 0);
  if (v > 5) x++;
  pthread_join(t, 0);
  return 0;
}
