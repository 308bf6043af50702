/* TRUTH: free. Test-and-test-and-set lock built from __sync builtins (full barriers). */
#include <pthread.h>
volatile int lk;
int items;
static void lock(void) {
  for (;;) {
    while (__atomic_load_n(&lk, __ATOMIC_RELAXED)) ;
    if (__sync_lock_test_and_set(&lk, 1) == 0) return;
  }
}
static void unlock(void) { __sync_lock_release(&lk); }
void *worker(void *arg) { lock(); items += 2; unlock(); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return items;
}
