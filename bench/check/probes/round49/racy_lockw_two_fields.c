/* TRUTH: racy — t1 holds a1.la, t2 holds a1.lb */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
struct acct { pthread_mutex_t la, lb; int bal; };
static void acquire(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void release(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
struct acct a1 = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, 0 };
void *t1(void *p) { struct acct *a = p; acquire(&a->la); a->bal++; release(&a->la); return 0; }
void *t2(void *p) { struct acct *a = p; acquire(&a->lb); a->bal++; release(&a->lb); return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t1, &a1);
  pthread_create(&y, 0, t2, &a1);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return 0;
}
