/* TRUTH: racy — the free-check is inside a __VERIFIER_atomic block but the claim (owner = me) is written outside it, conflicting with the other thread's check */
#include <pthread.h>
#include <stdint.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_49_atomic_check_then_plain_act.c", 7, "reach_error"); }
int owner;

void *claim(void *arg) {
  int me = (int)(intptr_t)arg;
  int is_free;
  __VERIFIER_atomic_begin();
  is_free = (owner == 0);
  __VERIFIER_atomic_end();
  if (is_free)
    owner = me;
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, claim, (void *)1);
  pthread_create(&b, 0, claim, (void *)2);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (owner == 0) reach_error();
  return 0;
}
