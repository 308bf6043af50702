// racy: __VERIFIER_atomic_get returns a pointer to the slot; the caller then writes through it outside the atomic function.
#include <pthread.h>
int slot;
int *__VERIFIER_atomic_get(void) { return &slot; }
void *w(void *a) {
  int *p = __VERIFIER_atomic_get();
  *p = *p + 1;
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return slot;
}
