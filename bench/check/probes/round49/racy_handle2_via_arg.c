/* TRUTH: racy — thread reads its own handle through the argument pointer */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
unsigned long seen;
void *t(void *p) { seen = (unsigned long)*(pthread_t *)p; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, &h);
  pthread_join(h, 0);
  return 0;
}
