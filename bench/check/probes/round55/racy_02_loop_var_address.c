/* TRUTH: racy — &i is passed to every thread; threads read i while main's loop keeps writing i++ */
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
int data[N];
void *worker(void *arg) {
  int idx = *(int *)arg;
  if (idx >= 0 && idx < N) data[idx] = 1;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  int i;
  for (i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, &i);
  for (int j = 0; j < N; j++) pthread_join(t[j], NULL);
  return 0;
}
