/* TRUTH: racy — v=5: (unsigned long)5 < ULONG_MAX, so main enters and v > 0 writes x while t writes x */
#include <pthread.h>
extern long __VERIFIER_nondet_long(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  long v = __VERIFIER_nondet_long();
  pthread_create(&id, 0, t, 0);
  if (v < -1ul) {
    if (v > 0) x++;
  }
  pthread_join(id, 0);
  return 0;
}
