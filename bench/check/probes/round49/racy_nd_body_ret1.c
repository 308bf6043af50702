/* TRUTH: racy — __VERIFIER_nondet_int has a body returning 1; t created and races */
#include <pthread.h>
int __VERIFIER_nondet_int(void) { return 1; }
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t h;
  if (__VERIFIER_nondet_int()) pthread_create(&h, 0, t, 0);
  x = 2;
  return 0;
}
