/* TRUTH: racy — main joins t only when nondet is nonzero; otherwise main's read of data runs concurrently with worker's write */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int data;
void *worker(void *a) { data = 9; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  if (__VERIFIER_nondet_int()) pthread_join(t, 0);
  return data;
}
