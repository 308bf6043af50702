/* TRUTH: free — different accounts share bank b1 and its lock */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
struct bank { pthread_mutex_t lock; int total; };
struct acct { struct bank *bank; int bal; };
static void acquire(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void release(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
struct bank b1 = { PTHREAD_MUTEX_INITIALIZER, 0 }, b2 = { PTHREAD_MUTEX_INITIALIZER, 0 };
int grand;
struct acct a1 = { &b1, 0 }, a2 = { &b1, 0 };
void *t(void *p) {
  struct acct *a = p;
  acquire(&a->bank->lock); a->bank->total++; release(&a->bank->lock);
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
