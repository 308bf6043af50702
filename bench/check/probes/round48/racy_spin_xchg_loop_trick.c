/* TRUTH: racy — x++ in iteration 0 runs before the thread first takes the exchange spin lock, so two threads' x++ can overlap */
#include <pthread.h>
#include <stdatomic.h>
int x; atomic_int lk;
void *t(void *a) {
  for (int i = 0; i < 3; i++) {
    x++;
    if (i) atomic_store(&lk, 0);
    if (i < 2) while (atomic_exchange(&lk, 1)) ;
  }
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return x;
}
