/* TRUTH: racy — v=0: v >= 1 is false, v <= 0 holds: main writes x while t writes x */
#include <pthread.h>
extern unsigned int __VERIFIER_nondet_uint(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  unsigned v = __VERIFIER_nondet_uint();
  pthread_create(&id, 0, t, 0);
  if (v >= 1) return 0;
  if (v <= 0) x++;
  pthread_join(id, 0);
  return 0;
}
