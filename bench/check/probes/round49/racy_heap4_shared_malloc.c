/* TRUTH: racy — both threads write the same malloc-ed object */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
struct acct { int bal; };
void *t(void *p) { struct acct *a = p; a->bal = 1; return 0; }
int main(void) {
  pthread_t x, y;
  struct acct *a = malloc(sizeof *a);
  pthread_create(&x, 0, t, a);
  pthread_create(&y, 0, t, a);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return 0;
}
