/* TRUTH: racy — n goes 0,4,8,12; after the loop the test holds, so worker writes x while thread2 writes x unlocked */
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
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; int n; int x;
void *worker(void *arg) {
  for (int i = 0; i < 300; i++) { pthread_mutex_lock(&m); if (n < 10) n += 4; pthread_mutex_unlock(&m); }
  pthread_mutex_lock(&m);
  if (n == 12) x = 1;
  pthread_mutex_unlock(&m);
  return 0; }
void *thread2(void *arg) { x = 3; return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, worker, 0); pthread_create(&b, 0, thread2, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
