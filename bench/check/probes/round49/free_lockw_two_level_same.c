/* TRUTH: free — lock_acct(a) -> acquire(&a->lock), same account */
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
int total;
struct acct a1 = { PTHREAD_MUTEX_INITIALIZER, 0 }, a2 = { PTHREAD_MUTEX_INITIALIZER, 0 };
static void lock_acct(struct acct *a) { acquire(&a->lock); }
static void unlock_acct(struct acct *a) { release(&a->lock); }
void *t(void *p) {
  struct acct *a = p;
  lock_acct(a); total++; unlock_acct(a);
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t, &a1);
  pthread_create(&y, 0, t, &a1);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return 0;
}
