/* TRUTH: racy — withdraw calls __VERIFIER_atomic_release before updating balance, so its balance write is outside the spin lock and races with deposit */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int lock = 0;
int balance = 100;

void __VERIFIER_atomic_acquire(void) {
  __VERIFIER_assume(lock == 0);
  lock = 1;
}

void __VERIFIER_atomic_release(void) {
  lock = 0;
}

void *deposit(void *arg) {
  int amount = *(int *)arg;
  __VERIFIER_atomic_acquire();
  balance = balance + amount;
  __VERIFIER_atomic_release();
  return 0;
}

void *withdraw(void *arg) {
  int amount = *(int *)arg;
  int ok;
  __VERIFIER_atomic_acquire();
  ok = amount > 0;
  __VERIFIER_atomic_release();
  if (ok)
    balance = balance - amount;
  return 0;
}

int main(void) {
  pthread_t t1, t2;
  int a = __VERIFIER_nondet_int();
  int b = __VERIFIER_nondet_int();
  if (!(a > 0 && a < 50 && b > 0 && b < 50)) abort();
  pthread_create(&t1, 0, deposit, &a);
  pthread_create(&t2, 0, withdraw, &b);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  if (!(balance >= 50)) reach_error();
  return 0;
}
