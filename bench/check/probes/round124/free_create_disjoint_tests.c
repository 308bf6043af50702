/* TRUTH: free — thr starts only for v > 3, main writes x only for v < 2 */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  if (v > 3) pthread_create(&t, 0, thr, 0);
  if (v < 2) x++;
  if (v > 3) pthread_join(t, 0);
  return 0;
}
