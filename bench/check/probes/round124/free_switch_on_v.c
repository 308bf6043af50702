/* TRUTH: free — switch returns for v == 1, so the later v == 1 test never passes */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  pthread_create(&t, 0, thr, 0);
  switch (v) { case 1: pthread_join(t, 0); return 0; default: break; }
  if (v == 1) x++;
  pthread_join(t, 0);
  return 0;
}
