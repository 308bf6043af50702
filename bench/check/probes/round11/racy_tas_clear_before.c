// racy: the flag is cleared before the access, so the update of shared is outside the critical section.
#include <pthread.h>
#include <stdatomic.h>
atomic_flag lk = ATOMIC_FLAG_INIT;
int shared;
void *w(void *a) {
  while (atomic_flag_test_and_set(&lk)) {}
  atomic_flag_clear(&lk);
  shared++;
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
