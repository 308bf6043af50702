/* TRUTH: racy — c is re-read from nondet between the conditional create and the conditional join; a run may create the thread and skip the join, so main's read of data races with worker's write */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int data;
void *worker(void *a) { data = 9; return 0; }
int main(void) {
  pthread_t t;
  int c = __VERIFIER_nondet_int();
  if (c) pthread_create(&t, 0, worker, 0);
  c = __VERIFIER_nondet_int();
  if (c) pthread_join(t, 0);
  return data;
}
