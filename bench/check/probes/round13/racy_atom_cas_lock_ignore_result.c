/* racy: lock() does a single CAS and ignores its result, so a thread proceeds even when the lock is held */
#include <pthread.h>
#include <stdatomic.h>
atomic_int lk;
int shared;
static void lock(void) { int e = 0; atomic_compare_exchange_strong(&lk, &e, 1); }
static void unlock(void) { atomic_store(&lk, 0); }
void *w(void *p) { (void)p; for (int i = 0; i < 3; i++) { lock(); shared += 2; unlock(); } return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, NULL);
  pthread_create(&b, NULL, w, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return shared;
}
