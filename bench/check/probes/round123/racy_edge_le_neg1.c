/* TRUTH: racy — v=0: v <= -1 is false, v < 1 holds: main writes x while t writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int v = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (v <= -1) return 0;
  if (v < 1) x++;
  pthread_join(id, 0);
  return 0;
}
