/* TRUTH: racy — v=11: no branch of the chain returns, then v == 11 writes x while t writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int v = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (v < 0) return 0;
  else if (v < 10) {
    if (v == 9) return 0;
  } else if (v == 10) return 0;
  if (v == 11) x++;
  pthread_join(id, 0);
  return 0;
}
