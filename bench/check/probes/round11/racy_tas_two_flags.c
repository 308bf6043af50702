// racy: threads spin on different atomic_flags (chosen by their argument), so they do not exclude each other.
#include <pthread.h>
#include <stdatomic.h>
atomic_flag lk1 = ATOMIC_FLAG_INIT, lk2 = ATOMIC_FLAG_INIT;
int shared;
void *w(void *a) {
  atomic_flag *l = a;
  while (atomic_flag_test_and_set(l)) {}
  shared++;
  atomic_flag_clear(l);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, &lk1);
  pthread_create(&b, 0, w, &lk2);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return shared;
}
