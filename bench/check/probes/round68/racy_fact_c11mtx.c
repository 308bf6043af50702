/* TRUTH: racy — t1 saw mode==1, then re-acquires a C11 mtx and may see t2's mode=2, writing x under the lock while t2 writes x after releasing */
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
int mode = 1; int x; mtx_t L;
void *thread1(void *a) {
  mtx_lock(&L);
  if (mode == 1) {
    mtx_unlock(&L); mtx_lock(&L);
    if (mode == 2) x = 1;
  }
  mtx_unlock(&L);
  return 0; }
void *thread2(void *a) { mtx_lock(&L); mode = 2; mtx_unlock(&L); x = 5; return 0; }
int main(void) { pthread_t p, q; mtx_init(&L, mtx_plain); pthread_create(&p, 0, thread1, 0); pthread_create(&q, 0, thread2, 0); pthread_join(p, 0); pthread_join(q, 0); return 0; }
