/* TRUTH: racy — v=2^32: (int)v is 0 so main goes on, v != 0 so it writes x while t writes x */
#include <pthread.h>
extern long __VERIFIER_nondet_long(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  long v = __VERIFIER_nondet_long();
  pthread_create(&id, 0, t, 0);
  if ((int)v == 0) {
    if (v != 0) x++;
  }
  pthread_join(id, 0);
  return 0;
}
