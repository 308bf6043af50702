/* TRUTH: free — the pointee is an atomic_int and both threads store to it atomically */
#include <pthread.h>
#include <stdatomic.h>
atomic_int target;
_Atomic(atomic_int *) slot = &target;
void *f1(void *a) { atomic_store(*(atomic_int **)&slot, 1); return 0; }
void *f2(void *a) { atomic_store(atomic_load(&slot), 2); return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, f1, 0);
  pthread_create(&y, 0, f2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return target;
}
