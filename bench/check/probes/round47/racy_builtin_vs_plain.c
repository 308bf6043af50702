/* TRUTH: racy — one thread uses __atomic_fetch_add on refs, the other does a plain non-atomic store to refs */
#include <pthread.h>
int refs = 1;
void *getter(void *a) { __atomic_fetch_add(&refs, 1, __ATOMIC_SEQ_CST); return 0; }
void *resetter(void *a) { refs = 0; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, getter, 0);
  pthread_create(&y, 0, resetter, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return refs;
}
