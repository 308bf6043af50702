/* TRUTH: racy — k=1 skips the return in case 0, i=1 then writes x while t writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int();
  int k = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  switch (k) {
  case 0: if (i) return 0; break;
  default: break;
  }
  if (i) x++;
  pthread_join(id, 0);
  return 0;
}
