/* TRUTH: racy — level is declared _Atomic but the resetter writes it through a plain int* cast, a non-atomic access racing with atomic_fetch_add */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
#include <stdatomic.h>
_Atomic int level = 0;

void *bumper(void *arg) {
  int n = __VERIFIER_nondet_int();
  int i;
  __VERIFIER_assume(n > 0 && n < 4);
  for (i = 0; i < n; i++)
    atomic_fetch_add(&level, 1);
  return 0;
}

void *resetter(void *arg) {
  int *raw = (int *)&level;
  *raw = 0;
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, bumper, 0);
  pthread_create(&b, 0, resetter, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (!(atomic_load(&level) <= 3)) reach_error();
  return 0;
}
