/* TRUTH: racy — arg structs point to a1 and a2: different locks for total */
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

struct targ { struct acct *ac; int id; };
struct targ g1 = { &a1, 1 }, g2 = { &a2, 2 };
void *t(void *p) { struct targ *g = p; acquire(&g->ac->lock); total++; release(&g->ac->lock); return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t, &g1);
  pthread_create(&y, 0, t, &g2);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return 0;
}
