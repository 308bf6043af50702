/* TRUTH: racy — byte write through char* overlaps x */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
int x;
void *t(void *a) {
  if (__VERIFIER_nondet_int()) *(char *)&x = 1;
  return 0;
}
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  x = 2;
  pthread_join(h, 0);
  return 0;
}
