// racy: the loop is inverted (while (!tas)), so a thread proceeds when the flag was ALREADY set, i.e. while another holds it.
#include <pthread.h>
#include <stdatomic.h>
atomic_flag lk = ATOMIC_FLAG_INIT;
int shared;
void *w(void *a) {
  while (!atomic_flag_test_and_set(&lk)) {}
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
