/* TRUTH: racy — scratch is a global pointer set by each worker to its own malloc block, but both workers write the same global pointer variable scratch (and may then write into the other thread block) */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
#include <stdlib.h>
int sums[2];
int *scratch;

void *worker(void *arg) {
  int id = *(int *)arg;
  int i, s = 0;
  scratch = malloc(sizeof(int) * 4);
  if (!scratch) return 0;
  for (i = 0; i < 4; i++) scratch[i] = i + id;
  for (i = 0; i < 4; i++) s += scratch[i];
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
