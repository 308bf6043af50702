/* TRUTH: racy — when trylock fails the worker still increments stats (without the lock) */
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
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int stats;
void *worker(void *arg) {
  if (pthread_mutex_trylock(&m) != 0) {
    stats++; /* best-effort, forgot it is unlocked */
    return NULL;
  }
  stats++;
  pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return 0;
}
