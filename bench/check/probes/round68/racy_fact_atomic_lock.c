/* TRUTH: racy — t1 saw mode==1, then re-acquires a C11 atomic exchange spin lock and may see t2's mode=2, writing x under the lock while t2 writes x after releasing */
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
#include <threads.h>
int mode = 1; int x; atomic_int L; static void lk(void){ while (atomic_exchange(&L, 1)) ; } static void ul(void){ atomic_store(&L, 0); }
void *thread1(void *a) {
  lk();
  if (mode == 1) {
    ul(); lk();
    if (mode == 2) x = 1;
  }
  ul();
  return 0; }
void *thread2(void *a) { lk(); mode = 2; ul(); x = 5; return 0; }
int main(void) { pthread_t p, q;  pthread_create(&p, 0, thread1, 0); pthread_create(&q, 0, thread2, 0); pthread_join(p, 0); pthread_join(q, 0); return 0; }
