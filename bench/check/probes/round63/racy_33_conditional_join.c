/* TRUTH: racy — when the nondet choice is 0 main skips the join and reads status while the worker may still write it */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
static int status;
static void *worker(void *p) { (void)p; status = 2; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  if (__VERIFIER_nondet_int()) pthread_join(t, 0);
  return status;
}
