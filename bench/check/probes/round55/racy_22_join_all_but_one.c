/* TRUTH: racy — join loop stops at N-1, main then reads res[N-1] while last thread may still write it */
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
int res[N];
void *worker(void *arg) { long id = (long)arg; res[id] = (int)id * 10; return NULL; }
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < N - 1; i++) pthread_join(t[i], NULL);
  int s = 0;
  for (int i = 0; i < N; i++) s += res[i];
  if (s > 60) reach_error();
  return 0;
}
