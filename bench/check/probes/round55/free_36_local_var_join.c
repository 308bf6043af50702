/* TRUTH: free — main passes address of its local to the worker and reads it only after join */
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
struct job { int in; int out; };
void *worker(void *arg) { struct job *j = arg; j->out = j->in * j->in; return NULL; }
int main(void) {
  struct job j;
  j.in = __VERIFIER_nondet_int();
  assume_abort_if_not(j.in > -100 && j.in < 100);
  j.out = -1;
  pthread_t t;
  pthread_create(&t, NULL, worker, &j);
  pthread_join(t, NULL);
  if (j.out < 0) reach_error();
  return 0;
}
