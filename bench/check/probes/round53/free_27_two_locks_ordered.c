/* TRUTH: free — acct_a under la and acct_b under lb in every thread (always la then lb) */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_27_two_locks_ordered.c", 4, "reach_error"); }
extern int __VERIFIER_nondet_int(void);
pthread_mutex_t la = PTHREAD_MUTEX_INITIALIZER, lb = PTHREAD_MUTEX_INITIALIZER;
int acct_a = 100, acct_b = 100;

void *a_to_b(void *arg) {
  int amt = __VERIFIER_nondet_int() & 7;
  pthread_mutex_lock(&la);
  pthread_mutex_lock(&lb);
  acct_a -= amt; acct_b += amt;
  pthread_mutex_unlock(&lb);
  pthread_mutex_unlock(&la);
  return 0;
}

void *b_to_a(void *arg) {
  int amt = __VERIFIER_nondet_int() & 7;
  pthread_mutex_lock(&la);
  pthread_mutex_lock(&lb);
  acct_b -= amt; acct_a += amt;
  pthread_mutex_unlock(&lb);
  pthread_mutex_unlock(&la);
  return 0;
}

void *auditor(void *arg) {
  pthread_mutex_lock(&la);
  pthread_mutex_lock(&lb);
  if (acct_a + acct_b != 200) reach_error();
  pthread_mutex_unlock(&lb);
  pthread_mutex_unlock(&la);
  return 0;
}

int main(void) {
  pthread_t x, y, z;
  pthread_create(&x, 0, a_to_b, 0);
  pthread_create(&y, 0, b_to_a, 0);
  pthread_create(&z, 0, auditor, 0);
  pthread_join(x, 0); pthread_join(y, 0); pthread_join(z, 0);
  return 0;
}
