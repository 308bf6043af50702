/* TRUTH: racy — CHECK's second test is v < 5, always true after the v > 3 return: main's x++ races thr */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int y;
#define CHECK(a) if ((a) > 100) y = 1; if ((a) < 5) x++;
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  pthread_create(&t, 0, thr, 0);
  if (v > 3) { pthread_join(t, 0); return 0; }
  CHECK(v)
  pthread_join(t, 0);
  return 0;
}
