/* racy: test_and_set uses memory_order_relaxed, so acquiring the flag does not synchronize with the previous clear; counter accesses unordered */
#include <pthread.h>
#include <stdatomic.h>
atomic_flag lk = ATOMIC_FLAG_INIT;
int counter;
static void lock(void) { while (atomic_flag_test_and_set_explicit(&lk, memory_order_relaxed)) ; }
static void unlock(void) { atomic_flag_clear_explicit(&lk, memory_order_release); }
void *w(void *p) { (void)p; for (int i = 0; i < 100; i++) { lock(); counter++; unlock(); } return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, NULL);
  pthread_create(&b, NULL, w, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return counter;
}
