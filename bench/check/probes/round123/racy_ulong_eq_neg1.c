/* TRUTH: racy — v = ULONG_MAX (seq -1) equals -1 converted to unsigned long: main writes x while t writes x */
#include <pthread.h>
extern unsigned long __VERIFIER_nondet_ulong(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  unsigned long v = __VERIFIER_nondet_ulong();
  pthread_create(&id, 0, t, 0);
  if (v == -1) x++;
  pthread_join(id, 0);
  return 0;
}
