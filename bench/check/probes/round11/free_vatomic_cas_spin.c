// free: hand-made lock via __VERIFIER_atomic_cas; lock var only touched inside atomic functions; data in CS.
#include <pthread.h>
extern void reach_error(void);
int lk = 0;
int data = 0;
int __VERIFIER_atomic_cas(int *p, int old, int nw) {
  if (*p == old) { *p = nw; return 1; }
  return 0;
}
void __VERIFIER_atomic_store(int *p, int v) { *p = v; }
void *w(void *a) {
  while (!__VERIFIER_atomic_cas(&lk, 0, 1)) {}
  data = data + 1;
  __VERIFIER_atomic_store(&lk, 0);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (data != 2) reach_error();
  return 0;
}
