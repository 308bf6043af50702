/* TRUTH: racy — with n=0 the loop never runs, so i==0 reaches x = 2 in main while t writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
#include <stdlib.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int();
  int n = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  for (int k = 0; k < n; k++)
    if (!i) exit(0);
  if (!i) x = 2;
  pthread_join(id, 0);
  return 0;
}
