/* TRUTH: racy — main updates mode after creating the worker which reads mode */
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
int mode;
int out;
void *worker(void *arg) { out = mode ? 1 : 2; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  mode = __VERIFIER_nondet_int();
  pthread_join(t, NULL);
  if (out == 0) reach_error();
  return 0;
}
