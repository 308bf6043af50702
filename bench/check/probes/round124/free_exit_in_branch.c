/* TRUTH: free — v > 3 exits, so the later v > 3 test never passes */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
#include <stdlib.h>
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  pthread_create(&t, 0, thr, 0);
  if (v > 3) exit(0);
  if (v > 3) x++;
  pthread_join(t, 0);
  return 0;
}
