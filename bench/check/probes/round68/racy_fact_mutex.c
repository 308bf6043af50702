/* TRUTH: racy — t1 saw mode==1, then re-acquires a mutex and may see t2's mode=2, writing x under the lock while t2 writes x after releasing */
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
int mode = 1; int x; pthread_mutex_t L = PTHREAD_MUTEX_INITIALIZER;
void *thread1(void *a) {
  pthread_mutex_lock(&L);
  if (mode == 1) {
    pthread_mutex_unlock(&L); pthread_mutex_lock(&L);
    if (mode == 2) x = 1;
  }
  pthread_mutex_unlock(&L);
  return 0; }
void *thread2(void *a) { pthread_mutex_lock(&L); mode = 2; pthread_mutex_unlock(&L); x = 5; return 0; }
int main(void) { pthread_t p, q;  pthread_create(&p, 0, thread1, 0); pthread_create(&q, 0, thread2, 0); pthread_join(p, 0); pthread_join(q, 0); return 0; }
