/* TRUTH: racy — accounts point to different mutexes g1, g2; total shared */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
struct acct { pthread_mutex_t *lock; int bal; };
static void acquire(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void release(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
pthread_mutex_t g1 = PTHREAD_MUTEX_INITIALIZER, g2 = PTHREAD_MUTEX_INITIALIZER;
int total;
struct acct a1 = { &g1, 0 }, a2 = { &g2, 0 };
void *t(void *p) {
  struct acct *a = p;
  acquire(a->lock); total++; release(a->lock);
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t, &a1);
  pthread_create(&y, 0, t, &a2);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return 0;
}
