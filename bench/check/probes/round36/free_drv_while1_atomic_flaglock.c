/* TRUTH: free — drv_lock spins in while(1) on a flag lk tested and set inside one __VERIFIER_atomic_begin/end section (break only after setting lk from 0 to 1), drv_unlock clears lk inside an atomic section: a mutual-exclusion lock; tx_head written by tx_fn and timer_fn only while holding it. lk accessed only in atomic sections. */
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
static void *timer_fn(void *p) { drv_lock(); tx_head = 0; drv_unlock(); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, tx_fn, 0);
  pthread_create(&b, 0, timer_fn, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return tx_head;
}
