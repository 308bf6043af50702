/* TRUTH: racy — volatile is not atomic: done is written and read by two threads without synchronization (and so is result) */
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
volatile int done;
int result;
void *worker(void *arg) { result = 5; done = 1; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  while (!done) ;
  if (result != 5) reach_error();
  pthread_join(t, NULL);
  return 0;
}
