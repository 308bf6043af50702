/* TRUTH: free — scratch is __thread, each thread has its own copy */
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
__thread int scratch;
__thread int depth;
static int step(int v) { scratch += v; depth++; return scratch; }
void *worker(void *arg) {
  int n = __VERIFIER_nondet_int();
  assume_abort_if_not(n >= 0 && n < 5);
  for (int i = 0; i < n; i++) step(i);
  if (depth != n) reach_error();
  return NULL;
}
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return 0;
}
