/* TRUTH: racy. `bump` runs atomically when called from __VERIFIER_atomic_inc, but main
   also calls bump() directly, outside any atomic section, while t1 runs. */
#include <pthread.h>
int counter;
static void bump(void) { counter++; }
void __VERIFIER_atomic_inc(void) { bump(); }
void *t1(void *arg) { __VERIFIER_atomic_inc(); return NULL; }
int main(void) {
  pthread_t a;
  pthread_create(&a, NULL, t1, NULL);
  bump();
  pthread_join(a, NULL);
  return counter;
}
