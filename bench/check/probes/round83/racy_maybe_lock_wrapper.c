/* TRUTH: racy — maybe_lock locks only when its nondet argument is nonzero, so counter can be updated without the lock */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int counter = 0;

int maybe_lock(int really) {
  if (really) pthread_mutex_lock(&m);
  return really;
}
void maybe_unlock(int held) {
  if (held) pthread_mutex_unlock(&m);
}

void *worker(void *arg) {
  int i;
  for (i = 0; i < 2; i++) {
    int h = maybe_lock(__VERIFIER_nondet_int());
    counter = counter + 1;
    maybe_unlock(h);
  }
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, worker, 0);
  pthread_create(&b, 0, worker, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (!(counter <= 4)) reach_error();
  return 0;
}
