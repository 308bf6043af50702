/* TRUTH: racy — resetter does a plain counter = 0 concurrently with atomic __sync increments */
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
int counter;
void *inc(void *arg) { for (int i = 0; i < 5; i++) __sync_fetch_and_add(&counter, 1); return NULL; }
void *reset(void *arg) { counter = 0; return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, inc, NULL);
  pthread_create(&b, NULL, reset, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
