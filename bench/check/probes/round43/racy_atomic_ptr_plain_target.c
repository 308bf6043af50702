/* TRUTH: racy — the pointer slot is _Atomic, but the int it points to (target) is written non-atomically by both threads via *slot */
#include <pthread.h>
#include <stdatomic.h>
int target;
_Atomic(int *) slot = &target;
void *f1(void *a) { *slot = 1; return 0; }
void *f2(void *a) { *atomic_load(&slot) = 2; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, f1, 0);
  pthread_create(&y, 0, f2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return target;
}
