/* TRUTH: racy — ISZ is redefined to (a) == 0; v == 0 past the if (v) return, so main's x++ runs beside thr */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
#define ISZ(a) ((a) != 0)
#undef ISZ
#define ISZ(a) ((a) == 0)
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  pthread_create(&t, 0, thr, 0);
  if (v) { pthread_join(t, 0); return 0; }
  if (ISZ(v)) x++;
  pthread_join(t, 0);
  return 0;
}
