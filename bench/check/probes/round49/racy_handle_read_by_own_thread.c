/* TRUTH: racy — t reads h while pthread_create may still be storing it (POSIX gives no order) */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
pthread_t h;
unsigned long seen;
void *t(void *p) { seen = (unsigned long)h; return 0; }
int main(void) {
  pthread_create(&h, 0, t, 0);
  pthread_join(h, 0);
  return 0;
}
