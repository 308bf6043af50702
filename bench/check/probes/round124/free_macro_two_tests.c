/* TRUTH: free — CHECK's second test is v < 0, impossible after the v < 0 return: main never writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int y;
#define CHECK(a) if ((a) > 100) y = 1; if ((a) < 0) x++;
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  pthread_create(&t, 0, thr, 0);
  if (v < 0) { pthread_join(t, 0); return 0; }
  CHECK(v)
  pthread_join(t, 0);
  return 0;
}
