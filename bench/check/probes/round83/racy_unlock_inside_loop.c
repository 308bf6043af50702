/* TRUTH: racy — the lock is released inside the loop after the first iteration, so later iterations update acc without it */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int acc = 0;

void *worker(void *arg) {
  int n = __VERIFIER_nondet_int();
  int i;
  __VERIFIER_assume(n >= 1 && n <= 3);
  pthread_mutex_lock(&m);
  for (i = 0; i < n; i++) {
    acc = acc + i + 1;
    if (i == 0)
      pthread_mutex_unlock(&m);
  }
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, worker, 0);
  pthread_create(&b, 0, worker, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (!(acc >= 2)) reach_error();
  return 0;
}
