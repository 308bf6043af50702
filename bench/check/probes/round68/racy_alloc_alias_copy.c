/* TRUTH: racy — q keeps the first allocation; both threads are handed it */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
#include <stdlib.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void reach_error(void);
void *worker(void *arg) { int *p = arg; *p = 3; return 0; }
int main(void) { pthread_t a, b; int *p = malloc(sizeof(int)); int *q = p;
  pthread_create(&a, 0, worker, p); p = malloc(sizeof(int)); pthread_create(&b, 0, worker, q); pthread_join(a, 0); pthread_join(b, 0); return 0; }
