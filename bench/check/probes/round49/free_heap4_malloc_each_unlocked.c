/* TRUTH: free — each thread writes only its own malloc-ed object */
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
void *t(void *p) { struct acct *a = p; if (__VERIFIER_nondet_int()) a->bal++; return 0; }
int main(void) {
  pthread_t h[2];
  for (int i = 0; i < 2; i++) {
    struct acct *a = malloc(sizeof *a);
    a->bal = 0;
    pthread_create(&h[i], 0, t, a);
  }
  for (int i = 0; i < 2; i++) pthread_join(h[i], 0);
  return 0;
}
