/* TRUTH: free — a C11 atomic_flag test-and-set spin lock guards x */
#include <pthread.h>
#include <stdatomic.h>
int x; atomic_flag fl = ATOMIC_FLAG_INIT;
void *t(void *a) {
  while (atomic_flag_test_and_set(&fl)) ;
  x++;
  atomic_flag_clear(&fl);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return x;
}
