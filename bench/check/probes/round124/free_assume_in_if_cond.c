/* TRUTH: free — the assume in the if's condition runs (v < 4 on every run going on): v > 5 never holds at x++ */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  if ((__VERIFIER_assume(v < 4), 1)) {}
  pthread_create(&t, 0, thr, 0);
  if (v > 5) x++;
  pthread_join(t, 0);
  return 0;
}
