/* TRUTH: racy — CAS-based "lock": worker writes shared even when CAS fails (only retries once) */
#include <pthread.h>
#include <stdatomic.h>
atomic_int lk;
int shared;
void *w(void *a) {
  int exp = 0;
  if (!atomic_compare_exchange_strong(&lk, &exp, 1)) { exp = 0; atomic_compare_exchange_strong(&lk, &exp, 1); }
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
