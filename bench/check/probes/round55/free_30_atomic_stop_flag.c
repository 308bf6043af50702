/* TRUTH: free — stop is atomic; iterations is private to the worker until join */
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
atomic_int stop;
int iterations;
void *worker(void *arg) { while (!atomic_load(&stop)) { iterations++; if (iterations > 1000) break; } return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  atomic_store(&stop, 1);
  pthread_join(t, NULL);
  if (iterations < 0) reach_error();
  return 0;
}
