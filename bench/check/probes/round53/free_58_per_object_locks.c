/* TRUTH: free — each bank[i].bal is accessed only under bank[i].lk; transfer takes both locks in index order */
#include <pthread.h>
#include <stdint.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_58_per_object_locks.c", 5, "reach_error"); }
extern int __VERIFIER_nondet_int(void);
#define NA 3
struct acct { pthread_mutex_t lk; int bal; } bank[NA];

static void transfer(int from, int to, int amt) {
  if (from == to) return;
  int lo = from < to ? from : to, hi = from < to ? to : from;
  pthread_mutex_lock(&bank[lo].lk);
  pthread_mutex_lock(&bank[hi].lk);
  bank[from].bal -= amt;
  bank[to].bal += amt;
  pthread_mutex_unlock(&bank[hi].lk);
  pthread_mutex_unlock(&bank[lo].lk);
}

void *teller(void *arg) {
  int f = __VERIFIER_nondet_int(), t = __VERIFIER_nondet_int();
  if (f < 0 || f >= NA || t < 0 || t >= NA) return NULL;
  transfer(f, t, 5);
  return NULL;
}

int main(void) {
  for (int i = 0; i < NA; i++) { pthread_mutex_init(&bank[i].lk, NULL); bank[i].bal = 50; }
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, teller, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  int total = 0;
  for (int i = 0; i < NA; i++) total += bank[i].bal;
  if (total != 150) reach_error();
  return 0;
}
