/* TRUTH: racy — new_acct() returns a fresh account per call: two different locks */
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
void *t(void *p) { struct acct *a = p; acquire(&a->lock); total++; release(&a->lock); return 0; }
static struct acct *new_acct(void) { struct acct *a = malloc(sizeof *a); pthread_mutex_init(&a->lock, 0); a->bal = 0; return a; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t, new_acct());
  pthread_create(&y, 0, t, new_acct());
  pthread_join(x, 0);
  pthread_join(y, 0);
  return 0;
}
