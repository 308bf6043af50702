/* TRUTH: free — all concurrent accesses to hits use __sync builtins; main's plain read happens after joins */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_04_sync_fetch_add.c", 4, "reach_error"); }
extern int __VERIFIER_nondet_int(void);
void assume_abort_if_not(int cond) { if (!cond) { __builtin_abort(); } }
int hits;

void *t_fun(void *arg) {
  int n = __VERIFIER_nondet_int();
  assume_abort_if_not(n >= 0 && n < 8);
  for (int i = 0; i < n; i++)
    __sync_fetch_and_add(&hits, 1);
  return 0;
}

int main() {
  pthread_t a, b;
  pthread_create(&a, 0, t_fun, 0);
  pthread_create(&b, 0, t_fun, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (hits > 14) reach_error();
  return 0;
}
