// racy: CAS loop exits when the CAS FAILS (negated condition wrong), so the lock is not held in the section.
#include <pthread.h>
#include <stdatomic.h>
atomic_int lk;
int shared;
void *w(void *a) {
  int expected = 0;
  while (atomic_compare_exchange_weak(&lk, &expected, 1)) expected = 0;
  shared++;
  atomic_store(&lk, 0);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return shared;
}
