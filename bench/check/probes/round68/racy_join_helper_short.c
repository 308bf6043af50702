/* TRUTH: racy — helper joins only the first 3 handles */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
#include <stdlib.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void reach_error(void);
int res[4]; int total;
static void join_n(pthread_t *h, int k) { for (int q = 0; q < k; q++) pthread_join(h[q], 0); }
void *worker(void *arg) { long id = (long)arg; res[id] = (int)id * 2; return 0; }
int main(void) {
  pthread_t t[4]; int i; 
  for (i = 0; i < 4; i++) pthread_create(&t[i], 0, worker, (void *)(long)i);
  join_n(t, 3);
  total = res[0] + res[1] + res[2] + res[3];
  return 0; }
