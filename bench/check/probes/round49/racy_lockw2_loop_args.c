/* TRUTH: racy — loop passes &accts[i]: two different locks for total */
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
struct acct accts[2] = { { PTHREAD_MUTEX_INITIALIZER, 0 }, { PTHREAD_MUTEX_INITIALIZER, 0 } };
void *t(void *p) { struct acct *a = p; acquire(&a->lock); total++; release(&a->lock); return 0; }
int main(void) {
  pthread_t h[2];
  for (int i = 0; i < 2; i++) pthread_create(&h[i], 0, t, &accts[i]);
  for (int i = 0; i < 2; i++) pthread_join(h[i], 0);
  return 0;
}
