/* TRUTH: free — main and the worker both access queue_len under qlock */
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
int queue_len;
pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
void *worker(void *arg) {
  pthread_mutex_lock(&qlock);
  if (queue_len > 0) queue_len--;
  pthread_mutex_unlock(&qlock);
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  pthread_mutex_lock(&qlock);
  queue_len += 2;
  pthread_mutex_unlock(&qlock);
  pthread_join(t, NULL);
  if (queue_len < 1) reach_error();
  return 0;
}
