/* TRUTH: racy — i != 0: t runs while main writes x before the join */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int();
  if (i) pthread_create(&id, 0, t, 0);
  x = 2;
  if (i) pthread_join(id, 0);
  return 0;
}
