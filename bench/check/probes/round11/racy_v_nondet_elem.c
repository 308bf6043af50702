// racy: t1 writes a[i] for nondet i in {0,1}; t2 writes a[1], which t1 reaches when i == 1.
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
int a[3];
void *t1(void *p) {
  int i = __VERIFIER_nondet_int();
  __VERIFIER_assume(i >= 0 && i <= 1);
  a[i] = 1;
  return 0;
}
void *t2(void *p) { a[1] = 2; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t1, 0);
  pthread_create(&y, 0, t2, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return a[0] + a[2];
}
