/* TRUTH: free — handoff through acquire(&a->lock) on the object passed to t */
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
struct acct a1 = { PTHREAD_MUTEX_INITIALIZER, 0 };
void *t(void *p) { struct acct *a = p; acquire(&a->lock); release(&a->lock); a->bal = 1; return 0; }
int main(void) {
  pthread_t h;
  acquire(&a1.lock);
  pthread_create(&h, 0, t, &a1);
  a1.bal = 2;
  release(&a1.lock);
  pthread_join(h, 0);
  return 0;
}
