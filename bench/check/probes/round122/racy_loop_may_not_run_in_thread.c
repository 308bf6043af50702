/* TRUTH: racy — thread u: with n=0 its loop never runs and i!=0 writes x while main writes x unordered */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *u(void *a) {
  int i = __VERIFIER_nondet_int();
  int n = __VERIFIER_nondet_int();
  for (int k = 0; k < n; k++)
    if (i) return 0;
  if (i) x = 1;
  return 0;
}
int main(void) {
  pthread_t id;
  pthread_create(&id, 0, u, 0);
  x = 2;
  pthread_join(id, 0);
  return 0;
}
