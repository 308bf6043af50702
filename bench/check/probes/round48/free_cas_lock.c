/* TRUTH: free — a compare-exchange spin lock (seq_cst) guards x in both threads */
#include <pthread.h>
#include <stdatomic.h>
int x; atomic_int lk;
void *t(void *a) {
  int e = 0;
  while (!atomic_compare_exchange_weak(&lk, &e, 1)) e = 0;
  x += 2;
  atomic_store(&lk, 0);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return x;
}
