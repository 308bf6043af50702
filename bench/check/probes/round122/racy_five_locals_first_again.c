/* TRUTH: racy — all five 0: main passes every return and writes x (a == 0) while t writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int a = __VERIFIER_nondet_int(), b = __VERIFIER_nondet_int(), c = __VERIFIER_nondet_int();
  int d = __VERIFIER_nondet_int(), e = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (a) return 0;
  if (b) return 0;
  if (c) return 0;
  if (d) return 0;
  if (e) return 0;
  if (!a) x++;
  pthread_join(id, 0);
  return 0;
}
