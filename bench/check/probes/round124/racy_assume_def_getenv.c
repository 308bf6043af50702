/* TRUTH: racy — this assume_abort_if_not stops only when WEFT_STRICT is set (it is not): v = 10 goes on and main's x++ races thr */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
void assume_abort_if_not(int c) { if (c) return; if (getenv("WEFT_STRICT")) abort(); }
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  assume_abort_if_not(v >= 0 && v < 4);
  pthread_create(&t, 0, thr, 0);
  if (v > 5) x++;
  pthread_join(t, 0);
  return 0;
}
