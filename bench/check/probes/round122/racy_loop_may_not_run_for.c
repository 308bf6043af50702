/* TRUTH: racy — with n=0 the loop body never runs, so i!=0 goes on to x++ while t writes x unordered */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int();
  int n = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  for (int k = 0; k < n; k++) {
    if (i) return 0;
  }
  if (i) x++;
  pthread_join(id, 0);
  return 0;
}
