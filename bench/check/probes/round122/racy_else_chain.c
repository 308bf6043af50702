/* TRUTH: racy — i == 0 reaches x++ in the else-if while t writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int y;
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (i) y = 1;
  else if (!i) x++;
  pthread_join(id, 0);
  return y;
}
