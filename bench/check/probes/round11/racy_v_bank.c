// racy: an auditor thread sums the accounts with plain reads while tellers transfer inside the atomic function.
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void reach_error(void);
#define NACC 3
int acct[NACC] = { 100, 100, 100 };
void __VERIFIER_atomic_transfer(int from, int to, int amt) {
  if (acct[from] >= amt) { acct[from] -= amt; acct[to] += amt; }
}
void *teller(void *a) {
  int from = __VERIFIER_nondet_int(), to = __VERIFIER_nondet_int();
  __VERIFIER_assume(from >= 0 && from < NACC && to >= 0 && to < NACC);
  __VERIFIER_atomic_transfer(from, to, 10);
  return 0;
}
void *auditor(void *a) {
  int s = acct[0] + acct[1] + acct[2];
  return (void *)(long)s;
}
int main(void) {
  pthread_t t[2], au;
  for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, teller, 0);
  pthread_create(&au, 0, auditor, 0);
  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
  pthread_join(au, 0);
  return 0;
}
