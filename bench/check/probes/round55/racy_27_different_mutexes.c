/* TRUTH: racy — thread a protects shared with ma, thread b with mb; different locks give no mutual exclusion */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
void reach_error(void) {}
void assume_abort_if_not(int c) { if (!c) abort(); }
int shared;
pthread_mutex_t ma = PTHREAD_MUTEX_INITIALIZER, mb = PTHREAD_MUTEX_INITIALIZER;
void *ta(void *arg) { pthread_mutex_lock(&ma); shared += 1; pthread_mutex_unlock(&ma); return NULL; }
void *tb(void *arg) { pthread_mutex_lock(&mb); shared += 2; pthread_mutex_unlock(&mb); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, ta, NULL);
  pthread_create(&b, NULL, tb, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
