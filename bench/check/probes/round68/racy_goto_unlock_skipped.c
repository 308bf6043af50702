/* TRUTH: racy — the goto jumps past lock acquisition on the retry path */
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
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; int x;
void *thread1(void *arg) {
  int k = 0;
  pthread_mutex_lock(&m);
again:
  x++;
  pthread_mutex_unlock(&m);
  if (++k < 2) goto again;
  return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, thread1, 0); pthread_create(&b, 0, thread1, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
