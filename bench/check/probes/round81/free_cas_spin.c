/* TRUTH: free — proper CAS spinlock: loop until acquired, release store to unlock */
#include <pthread.h>
#include <stdatomic.h>
atomic_int lk;
int shared;
void *w(void *a) {
  int exp = 0;
  while (!atomic_compare_exchange_weak(&lk, &exp, 1)) exp = 0;
  shared++;
  atomic_store(&lk, 0);
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return shared;
}
