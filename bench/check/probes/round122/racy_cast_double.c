/* TRUTH: racy — d=0.5: (int)d is 0 so main goes on, and d != 0 so it writes x while t writes x */
#include <pthread.h>
extern double __VERIFIER_nondet_double(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  double d = __VERIFIER_nondet_double();
  pthread_create(&id, 0, t, 0);
  if ((int)d) return 0;
  if (d) x++;
  pthread_join(id, 0);
  return 0;
}
