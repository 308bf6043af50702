/* TRUTH: free — new_obj() returns a fresh object per call; each thread writes its own */
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
static struct acct *new_obj(void) { struct acct *a = malloc(sizeof *a); a->bal = 0; return a; }
void *t(void *p) { struct acct *a = p; a->bal = 1; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t, new_obj());
  pthread_create(&y, 0, t, new_obj());
  pthread_join(x, 0);
  pthread_join(y, 0);
  return 0;
}
