// racy: thread a takes the CAS lock, thread b updates shared without it.
#include <pthread.h>
#include <stdatomic.h>
atomic_int lk;
int shared;
void *wa(void *a) {
  int expected = 0;
  while (!atomic_compare_exchange_weak(&lk, &expected, 1)) expected = 0;
  shared++;
  atomic_store(&lk, 0);
  return 0;
}
void *wb(void *a) { shared += 5; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, wa, 0);
  pthread_create(&b, 0, wb, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return shared;
}
