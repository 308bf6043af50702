/* TRUTH: racy — v=-4: as unsigned long long v is huge, no return; v < 0 writes x while t writes x */
#include <pthread.h>
extern long long __VERIFIER_nondet_longlong(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  long long v = __VERIFIER_nondet_longlong();
  pthread_create(&id, 0, t, 0);
  if (v < 10ull) return 0;
  if (v < 0) x++;
  pthread_join(id, 0);
  return 0;
}
