/* TRUTH: free — each thread writes own slot, barrier, then reads neighbour slot (no writes after barrier) */
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
#define N 3
int cell[N];
int out[N];
pthread_barrier_t bar;
void *worker(void *arg) {
  long id = (long)arg;
  cell[id] = (int)id + 1;
  pthread_barrier_wait(&bar);
  out[id] = cell[(id + 1) % N];
  return NULL;
}
int main(void) {
  pthread_t t[N];
  pthread_barrier_init(&bar, NULL, N);
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  if (out[0] != 2) reach_error();
  return 0;
}
