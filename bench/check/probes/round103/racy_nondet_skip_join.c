/* TRUTH: racy — main joins the worker only if nondet is nonzero, but reads 'acc' in both cases */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }

extern int __VERIFIER_nondet_int(void);

int acc;

void *worker(void *arg) {
  acc = acc + 10;
  return 0;
}

int main(void) {
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  if (__VERIFIER_nondet_int())
    pthread_join(t, 0);
  int v = acc;
  return v;
}
