/* TRUTH: racy — timer_fn writes tx_head = 0 without drv_lock (removed) while tx_fn reads and writes tx_head under the lock: unordered writes on tx_head. */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
static int lk;
static int tx_head;
static void drv_lock(void) {
  while (1) {
    __VERIFIER_atomic_begin();
    if (lk == 0) { lk = 1; __VERIFIER_atomic_end(); break; }
    __VERIFIER_atomic_end();
  }
}
static void drv_unlock(void) { __VERIFIER_atomic_begin(); lk = 0; __VERIFIER_atomic_end(); }
static void *tx_fn(void *p) { drv_lock(); tx_head = tx_head + 1; drv_unlock(); return 0; }
static void *timer_fn(void *p) { tx_head = 0; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, tx_fn, 0);
  pthread_create(&b, 0, timer_fn, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return tx_head;
}
