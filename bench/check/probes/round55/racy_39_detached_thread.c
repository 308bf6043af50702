/* TRUTH: racy — detached logger writes last_msg; main reads it with no join or other synchronization */
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
int last_msg;
void *logger(void *arg) { last_msg = 7; return NULL; }
int main(void) {
  pthread_t t;
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
  pthread_create(&t, &at, logger, NULL);
  int v = last_msg;
  if (v != 0 && v != 7) reach_error();
  return 0;
}
