/* TRUTH: free — each worker mallocs its own scratch buffer and writes only into it; no sharing */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
#include <stdlib.h>
int sums[2];

void *worker(void *arg) {
  int id = *(int *)arg;
  int n = __VERIFIER_nondet_int();
  int i, s = 0;
  __VERIFIER_assume(n > 0 && n <= 8);
  int *scratch = malloc(sizeof(int) * n);
  if (!scratch) return 0;
  for (i = 0; i < n; i++) scratch[i] = i + id;
  for (i = 0; i < n; i++) s += scratch[i];
  free(scratch);
  sums[id] = s;
  return 0;
}

int main(void) {
  pthread_t a, b;
  int ia = 0, ib = 1;
  pthread_create(&a, 0, worker, &ia);
  pthread_create(&b, 0, worker, &ib);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (!(sums[0] >= 0)) reach_error();
  return 0;
}
