/* TRUTH: free — threads write distinct main-stack ints a and b */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
void *t(void *p) { *(int *)p = 1; return 0; }
int main(void) {
  pthread_t x, y;
  int a = 0, b = 0;
  pthread_create(&x, 0, t, &a);
  pthread_create(&y, 0, t, &b);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return a + b;
}
