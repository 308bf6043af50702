/* TRUTH: free — hang() never returns, so x++ under v never runs */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
void hang(void) { for (;;) { } }
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  pthread_create(&t, 0, thr, 0);
  if (v) hang();
  if (v) x++;
  pthread_join(t, 0);
  return 0;
}
