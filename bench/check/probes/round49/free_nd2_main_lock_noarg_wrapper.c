/* TRUTH: free — both sides hold m (main via no-arg wrapper) around x */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void lock_it(void) { pthread_mutex_lock(&m); }
static void unlock_it(void) { pthread_mutex_unlock(&m); }
void *t(void *a) { pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  if (__VERIFIER_nondet_int()) { lock_it(); x = 2; unlock_it(); }
  pthread_join(h, 0);
  return 0;
}
