/* TRUTH: racy — a=5, b=2: a > 5 fails so no return, then b < 3 && a >= 5 writes x while t writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int a = __VERIFIER_nondet_int();
  int b = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (a > 5) {
    if (b < 3) return 0;
  }
  if (b < 3) {
    if (a >= 5) x++;
  }
  pthread_join(id, 0);
  return 0;
}
