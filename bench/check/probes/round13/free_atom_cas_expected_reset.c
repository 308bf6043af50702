/* race-free: CAS spin lock that resets the expected value to 0 after each failure (seq_cst CAS, seq_cst unlock store) */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
atomic_int lk;
int counter;
static void lock(void) { int e = 0; while (!atomic_compare_exchange_weak(&lk, &e, 1)) e = 0; }
static void unlock(void) { atomic_store(&lk, 0); }
void *w(void *p) { (void)p; for (int i = 0; i < 10; i++) { lock(); counter++; unlock(); } return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, NULL);
  pthread_create(&b, NULL, w, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  assert(counter == 20);
  return 0;
}
