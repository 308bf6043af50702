/* TRUTH: free — getpid() > 0 always, so the assume v < 4 always runs: x++ under v > 5 never runs */
#include <pthread.h>
#include <unistd.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  if (getpid() > 0) __VERIFIER_assume(v < 4);
  pthread_create(&t, 0, thr, 0);
  if (v > 5) x++;
  pthread_join(t, 0);
  return 0;
}
