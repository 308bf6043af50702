/* TRUTH: free — while (v > 3) returns on its first pass, so x++ under v > 3 never runs */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  pthread_create(&t, 0, thr, 0);
  while (v > 3) { pthread_join(t, 0); return 0; }
  if (v > 3) x++;
  pthread_join(t, 0);
  return 0;
}
