/* TRUTH: racy — updater writes hits while holding only a read lock; two updaters can hold it simultaneously */
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
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int hits;
void *updater(void *arg) {
  pthread_rwlock_rdlock(&rw);
  hits++;
  pthread_rwlock_unlock(&rw);
  return NULL;
}
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, updater, NULL);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return 0;
}
