/* TRUTH: free — spin lock on atomic_flag (test_and_set acquire / clear release) protects total */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
void reach_error(void) {}
void assume_abort_if_not(int c) { if (!c) abort(); }
atomic_flag lk = ATOMIC_FLAG_INIT;
int total;
static void spin_lock(void) { while (atomic_flag_test_and_set_explicit(&lk, memory_order_acquire)) ; }
static void spin_unlock(void) { atomic_flag_clear_explicit(&lk, memory_order_release); }
void *worker(void *arg) {
  for (int i = 0; i < 4; i++) { spin_lock(); total += 2; spin_unlock(); }
  return NULL;
}
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  if (total != 24) reach_error();
  return 0;
}
