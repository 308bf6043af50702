/* TRUTH: free — ids[i] set before pthread_create and never modified; each thread writes own out[id] */
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
#define N 4
int ids[N];
int out[N];
void *worker(void *arg) { int id = *(int *)arg; out[id] = id + 100; return NULL; }
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) { ids[i] = i; pthread_create(&t[i], NULL, worker, &ids[i]); }
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  if (out[2] != 102) reach_error();
  return 0;
}
