/* TRUTH: racy — i=65536: (short)i == 0 so main goes on, and i != 0 so it writes x while t writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if ((short)i != 0) return 0;
  if (i != 0) x++;
  pthread_join(id, 0);
  return 0;
}
