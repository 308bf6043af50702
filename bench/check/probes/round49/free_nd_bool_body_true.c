/* TRUTH: free — __VERIFIER_nondet_bool returns 1 (has body); !1 never taken */
#include <pthread.h>
_Bool __VERIFIER_nondet_bool(void) { return 1; }
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t h;
  if (!__VERIFIER_nondet_bool()) pthread_create(&h, 0, t, 0);
  x = 2;
  return 0;
}
