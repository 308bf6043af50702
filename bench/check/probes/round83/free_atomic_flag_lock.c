/* TRUTH: free — atomic_flag spin lock with acquire test_and_set and release clear protects counter */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
#include <stdatomic.h>
atomic_flag lk = ATOMIC_FLAG_INIT;
int counter = 0;

void lock_it(void) {
  while (atomic_flag_test_and_set_explicit(&lk, memory_order_acquire)) {
  }
}
void unlock_it(void) { atomic_flag_clear_explicit(&lk, memory_order_release); }

void *worker(void *arg) {
  int n = __VERIFIER_nondet_int();
  int i;
  __VERIFIER_assume(n > 0 && n < 4);
  for (i = 0; i < n; i++) {
    lock_it();
    counter = counter + 1;
    unlock_it();
  }
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, worker, 0);
  pthread_create(&b, 0, worker, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (!(counter >= 2)) reach_error();
  return 0;
}
