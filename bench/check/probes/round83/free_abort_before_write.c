/* TRUTH: free — the worker calls abort() (through fail()) before writing shared; abort never returns, so the write is dead code; only main writes shared */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int shared = 0;

void fail(void) {
  abort();
}

void *worker(void *arg) {
  fail();
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
  if (!(shared == 3)) reach_error();
  return 0;
}
