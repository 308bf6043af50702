/* TRUTH: racy — this __VERIFIER_assume only exits on its second failure; the first (v = 10) goes on to x++ beside thr */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
void __VERIFIER_assume(int c) { static int failed; if (!c && failed++) exit(1); }
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  __VERIFIER_assume(v < 4);
  pthread_create(&t, 0, thr, 0);
  if (v > 5) x++;
  pthread_join(t, 0);
  return 0;
}
