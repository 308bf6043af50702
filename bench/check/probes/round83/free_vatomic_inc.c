/* TRUTH: free — __VERIFIER_atomic_inc is an atomic function; both threads only touch counter through it, main reads after joins */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int counter = 0;

void __VERIFIER_atomic_inc(void) {
  int tmp = counter;
  counter = tmp + 1;
}

void *worker(void *arg) {
  int n = __VERIFIER_nondet_int();
  int i;
  __VERIFIER_assume(n > 0 && n < 4);
  for (i = 0; i < n; i++)
    __VERIFIER_atomic_inc();
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, worker, 0);
  pthread_create(&b, 0, worker, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (!(counter <= 6)) reach_error();
  return 0;
}
