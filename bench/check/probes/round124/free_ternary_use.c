/* TRUTH: free — v != 0 returns; the ?: use of v changes nothing, so if (v) x++ never runs */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int g;
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  pthread_create(&t, 0, thr, 0);
  g = v ? 1 : 2;
  if (v) { pthread_join(t, 0); return 0; }
  if (v) x++;
  pthread_join(t, 0);
  return 0;
}
