/* TRUTH: racy — the two threads get different mutexes guarding the same counter */
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
struct targ { pthread_mutex_t *m; int *cnt; };
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER; int counter;
void *worker(void *arg) { struct targ *t = arg; pthread_mutex_lock(t->m); (*t->cnt)++; pthread_mutex_unlock(t->m); return 0; }
int main(void) { pthread_t a, b; struct targ ta = { &m1, &counter }, tb = { &m2, &counter }; pthread_create(&a, 0, worker, &ta); pthread_create(&b, 0, worker, &tb); pthread_join(a, 0); pthread_join(b, 0); return 0; }
