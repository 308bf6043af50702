/* TRUTH: racy — main guards a1.bal with g, thread with a1.lock */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
struct acct { pthread_mutex_t lock; int bal; };
static void acquire(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void release(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
pthread_mutex_t g = PTHREAD_MUTEX_INITIALIZER;
struct acct a1 = { PTHREAD_MUTEX_INITIALIZER, 0 };
void *t(void *p) { struct acct *a = p; acquire(&a->lock); a->bal++; release(&a->lock); return 0; }
int main(void) {
  pthread_t x;
  pthread_create(&x, 0, t, &a1);
  acquire(&g); a1.bal--; release(&g);
  pthread_join(x, 0);
  return 0;
}
