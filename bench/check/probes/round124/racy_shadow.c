/* TRUTH: racy — the inner v is a fresh value: outer v = 0 passes, inner v = 1 writes x beside thr */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  pthread_create(&t, 0, thr, 0);
  if (v) { pthread_join(t, 0); return 0; }
  { int v = __VERIFIER_nondet_int(); if (v) x++; }
  pthread_join(t, 0);
  return 0;
}
