/* TRUTH: free — each thread mallocs and uses its own buffer; only shared state is done[] per-thread slot read after join */
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
int done[N];
void *worker(void *arg) {
  long id = (long)arg;
  int n = __VERIFIER_nondet_int();
  assume_abort_if_not(n > 0 && n < 16);
  int *b = malloc(n * sizeof(int));
  if (b == NULL) { done[id] = -1; return NULL; }
  for (int i = 0; i < n; i++) b[i] = i;
  done[id] = b[n - 1] + 1;
  free(b);
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  for (int i = 0; i < N; i++) if (done[i] == 0) reach_error();
  return 0;
}
