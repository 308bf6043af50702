/* TRUTH: free — buffer cleared with memset before threads start; threads write disjoint slots */
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
char buf[N * 8];
void *worker(void *arg) { long id = (long)arg; memset(buf + id * 8, 'a' + (int)id, 8); return NULL; }
int main(void) {
  memset(buf, 0, sizeof buf);
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  if (buf[9] != 'b') reach_error();
  return 0;
}
