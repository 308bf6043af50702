/* TRUTH: free — a static function named like a nondet helper returns 0 */
#include <pthread.h>
static int __VERIFIER_nondet_int(void) { return 0; }
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t h;
  if (__VERIFIER_nondet_int() == 0) { x = 2; return 0; }
  pthread_create(&h, 0, t, 0);
  x = 3;
  return 0;
}
