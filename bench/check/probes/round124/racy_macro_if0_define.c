/* TRUTH: racy — SMALL is the second #define (v < 3); under assume(v < 3) main's x++ always runs beside thr's write */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
#if 0
#define SMALL(a) ((a) > 3)
#endif
#define SMALL(a) ((a) < 3)
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  __VERIFIER_assume(v < 3);
  pthread_create(&t, 0, thr, 0);
  if (SMALL(v)) x++;
  pthread_join(t, 0);
  return 0;
}
