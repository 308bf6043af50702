/* TRUTH: free — acquire() may fail nondeterministically without locking; callers check and skip the write */
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
static void release(void) { pthread_mutex_unlock(&m); }
void *worker(void *arg) {
  if (acquire() != 0) return NULL;
  res_count++;
  release();
  return NULL;
}
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  if (res_count > 3) reach_error();
  return 0;
}
