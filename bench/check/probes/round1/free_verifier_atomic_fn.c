/* TRUTH: free. All accesses to `balance` are inside __VERIFIER_atomic_* functions. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int balance = 100;
void __VERIFIER_atomic_withdraw(int a) { if (balance >= a) balance -= a; }
void __VERIFIER_atomic_deposit(int a) { balance += a; }
void *spender(void *arg) { __VERIFIER_atomic_withdraw(__VERIFIER_nondet_int()); return NULL; }
void *saver(void *arg) { __VERIFIER_atomic_deposit(5); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, spender, NULL);
  pthread_create(&b, NULL, saver, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return balance;
}
