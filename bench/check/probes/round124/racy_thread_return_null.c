/* TRUTH: racy — w with v <= 2 writes x while main writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *w(void *a) {
  int v = __VERIFIER_nondet_int();
  if (v > 2) return 0;
  x = 1;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  x = 2;
  pthread_join(t, 0);
  return 0;
}
