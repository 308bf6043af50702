/* TRUTH: racy — reach_error() is defined here as an ordinary function that returns, so the worker write to shared after it executes and races with main writes */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int shared = 0;

void *worker(void *arg) {
  reach_error();
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
  return 0;
}
