/* TRUTH: racy. t2 guards a[0] with l1 while t1 guards a[0] with l0: different locks. */
#include <pthread.h>
#include <stdlib.h>
void assume_abort_if_not(int c) { if (!c) abort(); }
int l0, l1;
int a[2];
void __VERIFIER_atomic_acquire(int *l) { assume_abort_if_not(*l == 0); *l = 1; }
void __VERIFIER_atomic_release(int *l) { *l = 0; }
void *t1(void *arg) { __VERIFIER_atomic_acquire(&l0); a[0]++; __VERIFIER_atomic_release(&l0); return NULL; }
void *t2(void *arg) { __VERIFIER_atomic_acquire(&l1); a[0]--; __VERIFIER_atomic_release(&l1); return NULL; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, t1, NULL);
  pthread_create(&y, NULL, t2, NULL);
  pthread_join(x, NULL);
  pthread_join(y, NULL);
  return a[0];
}
