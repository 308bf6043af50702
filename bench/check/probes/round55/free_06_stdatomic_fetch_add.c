/* TRUTH: free — hits is _Atomic and only modified with atomic_fetch_add; stats[] slot per thread */
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
atomic_int hits;
int stats[N];
void *worker(void *arg) {
  long id = (long)arg;
  for (int k = 0; k < 5; k++) {
    atomic_fetch_add(&hits, 1);
    stats[id]++;
  }
  return NULL;
}
int main(void) {
  pthread_t t[N];
  atomic_init(&hits, 0);
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  if (atomic_load(&hits) != 20) reach_error();
  return 0;
}
