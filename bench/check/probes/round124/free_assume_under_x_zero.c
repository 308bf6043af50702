/* TRUTH: free — x is 0 before any thread runs, so the assume always runs: v < 4 and x++ (v > 5) never runs */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  if (x == 0) __VERIFIER_assume(v < 4);
  pthread_create(&t, 0, thr, 0);
  if (v > 5) x++;
  pthread_join(t, 0);
  return 0;
}
