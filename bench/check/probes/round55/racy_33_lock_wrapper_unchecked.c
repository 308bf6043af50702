/* TRUTH: racy — acquire() can fail without locking, caller ignores the error and writes res_count anyway */
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
int res_count;
static int acquire(void) {
  if (__VERIFIER_nondet_int()) return -1;
  pthread_mutex_lock(&m);
  return 0;
}
void *worker(void *arg) {
  int rc = acquire();
  res_count++;
  if (rc == 0) pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return 0;
}
