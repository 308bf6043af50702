/* TRUTH: racy — barrier is missing; each worker reads the other cell while the other thread may still write it */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int cell[2];
int out[2];

void *worker(void *arg) {
  int id = *(int *)arg;
  cell[id] = __VERIFIER_nondet_int();
  out[id] = cell[1 - id];
  return 0;
}

int main(void) {
  pthread_t t[2];
  int ids[2] = {0, 1};
  int i;
  for (i = 0; i < 2; i++) pthread_create(&t[i], 0, worker, &ids[i]);
  for (i = 0; i < 2; i++) pthread_join(t[i], 0);
  if (!(out[0] == cell[1] || out[0] == 0)) reach_error();
  return 0;
}
