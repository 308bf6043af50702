/* TRUTH: free — BIG is the second #define (v > 3), impossible after the v > 3 return: main never writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
#if 0
#define BIG(a) ((a) < 3)
#endif
#define BIG(a) ((a) > 3)
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  pthread_create(&t, 0, thr, 0);
  if (v > 3) { pthread_join(t, 0); return 0; }
  if (BIG(v)) x++;
  pthread_join(t, 0);
  return 0;
}
