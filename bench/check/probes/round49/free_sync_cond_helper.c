/* TRUTH: free — condvar wait with predicate in a helper precedes x = 2 */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
int x, ready;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static void await_ready(void) { pthread_mutex_lock(&m); while (!ready) pthread_cond_wait(&cv, &m); pthread_mutex_unlock(&m); }
static void announce(void) { pthread_mutex_lock(&m); ready = 1; pthread_cond_signal(&cv); pthread_mutex_unlock(&m); }
void *ta(void *p) { x = 1; announce(); return 0; }
void *tb(void *p) { await_ready(); x = 2; return 0; }
int main(void) {
  pthread_t ha, hb;
  pthread_create(&ha, 0, ta, 0);
  pthread_create(&hb, 0, tb, 0);
  pthread_join(ha, 0);
  pthread_join(hb, 0);
  return 0;
}
