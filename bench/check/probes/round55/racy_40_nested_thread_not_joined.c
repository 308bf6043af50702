/* TRUTH: racy — parent spawns child but never joins it; main reads child_out after joining only the parent */
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
int child_out;
void *child(void *arg) { child_out = 5; return NULL; }
void *parent(void *arg) {
  pthread_t c;
  pthread_create(&c, NULL, child, NULL);
  return NULL;
}
int main(void) {
  pthread_t p;
  pthread_create(&p, NULL, parent, NULL);
  pthread_join(p, NULL);
  if (child_out != 0 && child_out != 5) reach_error();
  return 0;
}
