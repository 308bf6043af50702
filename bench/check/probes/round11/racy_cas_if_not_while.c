// racy: CAS attempted once with 'if'; the section runs even when the CAS failed.
#include <pthread.h>
#include <stdatomic.h>
atomic_int lk;
int shared;
void *w(void *a) {
  int expected = 0;
  int got = atomic_compare_exchange_strong(&lk, &expected, 1);
  shared++;
  if (got) atomic_store(&lk, 0);
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
