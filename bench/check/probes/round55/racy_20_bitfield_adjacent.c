/* TRUTH: racy — adjacent bit-fields a and b share one memory location (C11 3.14), written by two threads */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
void reach_error(void) {}
void assume_abort_if_not(int c) { if (!c) abort(); }
struct flags { unsigned a : 4; unsigned b : 4; } f;
void *ta(void *arg) { f.a = 3; return NULL; }
void *tb(void *arg) { f.b = 5; return NULL; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, ta, NULL);
  pthread_create(&y, NULL, tb, NULL);
  pthread_join(x, NULL); pthread_join(y, NULL);
  return 0;
}
