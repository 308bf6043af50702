/* TRUTH: free — worker returns malloc'd result via pthread_exit; main reads it via join */
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
void *worker(void *arg) {
  int *r = malloc(sizeof(int));
  if (!r) pthread_exit(NULL);
  *r = *(int *)arg + 1;
  pthread_exit(r);
}
int main(void) {
  int in = 41;
  pthread_t t;
  void *ret;
  pthread_create(&t, NULL, worker, &in);
  pthread_join(t, &ret);
  if (ret) { if (*(int *)ret != 42) reach_error(); free(ret); }
  return 0;
}
