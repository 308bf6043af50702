/* TRUTH: free — spin lock built from __sync_lock_test_and_set / __sync_lock_release (acquire/release) protects the plain counter */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int spin = 0;
int counter = 0;

void spin_lock(int *l) {
  while (__sync_lock_test_and_set(l, 1)) {
  }
}
void spin_unlock(int *l) { __sync_lock_release(l); }

void *worker(void *arg) {
  int n = __VERIFIER_nondet_int();
  int i;
  __VERIFIER_assume(n > 0 && n < 5);
  for (i = 0; i < n; i++) {
    spin_lock(&spin);
    counter++;
    spin_unlock(&spin);
  }
  return 0;
}

int main(void) {
  pthread_t t[3];
  int i;
  for (i = 0; i < 3; i++) pthread_create(&t[i], 0, worker, 0);
  for (i = 0; i < 3; i++) pthread_join(t[i], 0);
  if (!(counter >= 3)) reach_error();
  return 0;
}
