// racy: test-and-set is tried once and its result ignored, so both threads may enter the section.
#include <pthread.h>
#include <stdatomic.h>
atomic_flag lk = ATOMIC_FLAG_INIT;
int shared;
void *w(void *a) {
  atomic_flag_test_and_set(&lk);
  shared++;
  atomic_flag_clear(&lk);
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
