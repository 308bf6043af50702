/* TRUTH: free — macro replaces the call with 0 */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
#define __VERIFIER_nondet_int() 0
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t h;
  if (__VERIFIER_nondet_int()) pthread_create(&h, 0, t, 0);
  x = 2;
  return 0;
}
