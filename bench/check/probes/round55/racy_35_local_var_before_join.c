/* TRUTH: racy — main reads j.out (written by worker) before join */
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
void *worker(void *arg) { struct job *j = arg; j->out = j->in * 2; return NULL; }
int main(void) {
  struct job j = { 3, 0 };
  pthread_t t;
  pthread_create(&t, NULL, worker, &j);
  if (j.out != 0 && j.out != 6) reach_error();
  pthread_join(t, NULL);
  return 0;
}
