/* TRUTH: racy — i == 0: no jump, main writes x while t writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (i) goto out;
  if (!i) x++;
out:
  pthread_join(id, 0);
  return 0;
}
