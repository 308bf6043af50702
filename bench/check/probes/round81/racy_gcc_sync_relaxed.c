/* TRUTH: racy — spinlock built with __atomic_test_and_set/__atomic_clear using RELAXED order: no happens-before on x */
#include <pthread.h>
char lk;
int x;
void *w(void *a) {
  while (__atomic_test_and_set(&lk, __ATOMIC_RELAXED)) ;
  x++;
  __atomic_clear(&lk, __ATOMIC_RELAXED);
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return x;
}
