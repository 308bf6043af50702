/* TRUTH: free — main writes limit before creating threads and never again; threads only read */
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
int limit;
int res[2];
void *worker(void *arg) {
  long id = (long)arg;
  int s = 0;
  for (int i = 0; i < limit; i++) s += i;
  res[id] = s;
  return NULL;
}
int main(void) {
  limit = __VERIFIER_nondet_int();
  assume_abort_if_not(limit >= 0 && limit < 10);
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  if (res[0] != res[1]) reach_error();
  return 0;
}
