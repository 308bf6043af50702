/* TRUTH: free — parent thread spawns child, joins it, then reads child's output; main reads after joining parent */
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
int child_out, parent_out;
void *child(void *arg) { child_out = 5; return NULL; }
void *parent(void *arg) {
  pthread_t c;
  pthread_create(&c, NULL, child, NULL);
  pthread_join(c, NULL);
  parent_out = child_out + 1;
  return NULL;
}
int main(void) {
  pthread_t p;
  pthread_create(&p, NULL, parent, NULL);
  pthread_join(p, NULL);
  if (parent_out != 6 || child_out != 5) reach_error();
  return 0;
}
