/* TRUTH: racy — get_buf memoizes its allocation, so both threads get the same object */
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
int *get_buf(void) { static int *cache; if (!cache) cache = malloc(sizeof(int)); return cache; }
void *worker(void *arg) { int *p = arg; *p = 3; return 0; }
int main(void) { pthread_t a, b; int *p = get_buf(); int *q = get_buf();
  pthread_create(&a, 0, worker, p); pthread_create(&b, 0, worker, q); pthread_join(a, 0); pthread_join(b, 0); return 0; }
