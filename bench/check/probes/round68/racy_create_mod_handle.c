/* TRUTH: racy — creates into t[i % 2] overwrite handles; joining t[0], t[1] leaves the first two workers running */
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
void *worker(void *arg) { long id = (long)arg; res[id] = (int)id * 2; return 0; }
int main(void) {
  pthread_t t[4]; int i; 
  for (i = 0; i < 4; i++) pthread_create(&t[i % 2], 0, worker, (void *)(long)i);
  for (i = 0; i < 2; i++) pthread_join(t[i], 0);
  total = res[0] + res[1] + res[2] + res[3];
  return 0; }
