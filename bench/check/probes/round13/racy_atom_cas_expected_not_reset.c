/* racy: after a failed CAS 'e' holds 1 and is not reset, so the next CAS (1 -> 1) succeeds while the lock is held: two threads in the critical section */
#include <pthread.h>
#include <stdatomic.h>
atomic_int lk;
int counter;
static void lock(void) { int e = 0; while (!atomic_compare_exchange_weak(&lk, &e, 1)) ; }
static void unlock(void) { atomic_store(&lk, 0); }
void *w(void *p) { (void)p; for (int i = 0; i < 10; i++) { lock(); counter++; unlock(); } return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, NULL);
  pthread_create(&b, NULL, w, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return counter;
}
