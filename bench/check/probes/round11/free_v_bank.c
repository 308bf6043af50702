// free: bank accounts; transfers between nondet accounts happen inside __VERIFIER_atomic_transfer; audit after joins.
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
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, teller, 0);
  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
  if (acct[0] + acct[1] + acct[2] != 300) reach_error();
  return 0;
}
