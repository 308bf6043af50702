/* TRUTH: free — max_seen is only accessed via C11 atomic load/compare_exchange */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_28_cas_max.c", 6, "reach_error"); }
extern int __VERIFIER_nondet_int(void);
_Atomic int max_seen = -1;

void *observe(void *arg) {
  int v = __VERIFIER_nondet_int();
  int cur = atomic_load(&max_seen);
  while (v > cur && !atomic_compare_exchange_weak(&max_seen, &cur, v)) { }
  if (atomic_load(&max_seen) < v) reach_error();
  return NULL;
}

int main(void) {
  pthread_t t[4];
  for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, observe, NULL);
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  return 0;
}
