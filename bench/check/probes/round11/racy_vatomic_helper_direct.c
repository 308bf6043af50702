// racy: __VERIFIER_atomic_bump calls helper bump() which writes g; thread 2 calls bump() directly, outside any atomic section.
#include <pthread.h>
int g;
static void bump(void) { g = g + 1; }
void __VERIFIER_atomic_bump(void) { bump(); }
void *t1(void *a) { __VERIFIER_atomic_bump(); return 0; }
void *t2(void *a) { bump(); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return g;
}
