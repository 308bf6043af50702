/* TRUTH: free — nondet number of threads n<=N, each writes only slot[id]; main sums after joining all n */
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
#define N 8
int slot[N];
void *worker(void *arg) { int id = (int)(long)arg; slot[id] = 1; return NULL; }
int main(void) {
  int n = __VERIFIER_nondet_int();
  assume_abort_if_not(n > 0 && n <= N);
  pthread_t t[N];
  for (int i = 0; i < n; i++) pthread_create(&t[i], NULL, worker, (void *)(long)i);
  for (int i = 0; i < n; i++) pthread_join(t[i], NULL);
  int s = 0;
  for (int i = 0; i < n; i++) s += slot[i];
  if (s != n) reach_error();
  return 0;
}
