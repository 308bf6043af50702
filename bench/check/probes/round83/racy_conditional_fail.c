/* TRUTH: racy — fail(c) aborts only when c is nonzero; with c == 0 the worker proceeds to write shared concurrently with main */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int shared = 0;

void fail(int c) {
  if (c)
    abort();
}

void *worker(void *arg) {
  fail(__VERIFIER_nondet_int());
  shared = 99;
  return 0;
}

int main(void) {
  pthread_t t;
  int k;
  pthread_create(&t, 0, worker, 0);
  for (k = 0; k < 3; k++)
    shared = shared + k;
  pthread_join(t, 0);
  if (!(shared == 3 || shared == 99 || shared >= 0)) reach_error();
  return 0;
}
