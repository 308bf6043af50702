/* TRUTH: free — __VERIFIER_nondet_int here has a body returning 0; branch never taken */
#include <pthread.h>
int __VERIFIER_nondet_int(void) { return 0; }
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t h;
  if (__VERIFIER_nondet_int()) pthread_create(&h, 0, t, 0);
  x = 2;
  return 0;
}
