/* TRUTH: free — config initialised inside pthread_once; once-completion happens-before every return from pthread_once */
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
pthread_once_t once = PTHREAD_ONCE_INIT;
int config[4];
static void init_config(void) { for (int i = 0; i < 4; i++) config[i] = i + 1; }
void *worker(void *arg) {
  pthread_once(&once, init_config);
  if (config[3] != 4) reach_error();
  return NULL;
}
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return 0;
}
