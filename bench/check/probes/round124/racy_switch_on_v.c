/* TRUTH: racy — v == 1 passes the switch and then writes x beside thr */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  pthread_create(&t, 0, thr, 0);
  switch (v) { case 1: break; default: pthread_join(t, 0); return 0; }
  if (v == 1) x++;
  pthread_join(t, 0);
  return 0;
}
