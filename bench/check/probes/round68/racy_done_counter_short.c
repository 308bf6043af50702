/* TRUTH: racy — main waits only until done >= 1, but two workers write their results; the second may still be writing */
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
int res[2]; atomic_int done;
void *worker(void *arg) { long id = (long)arg; res[id] = (int)id + 1; atomic_fetch_add(&done, 1); return 0; }
int main(void) { pthread_t t[2]; for (long i = 0; i < 2; i++) pthread_create(&t[i], 0, worker, (void *)i);
  while (atomic_load(&done) < 1) ;
  int s = res[0] + res[1]; (void)s; return 0; }
