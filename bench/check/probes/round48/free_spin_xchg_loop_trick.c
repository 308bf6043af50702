/* TRUTH: free — iteration 0 only acquires the exchange spin lock; every x++ (iterations 1,2) happens while holding it, released right after */
#include <pthread.h>
#include <stdatomic.h>
int x; atomic_int lk;
void *t(void *a) {
  for (int i = 0; i < 3; i++) {
    if (i) { x++; atomic_store(&lk, 0); }
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
