/* TRUTH: racy — only one thread takes the exchange spin lock; the other writes x without it */
#include <pthread.h>
#include <stdatomic.h>
int x; atomic_int lk;
void *t(void *a) { while (atomic_exchange(&lk, 1)) ; x++; atomic_store(&lk, 0); return 0; }
void *u(void *a) { x = 10; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, u, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return x;
}
