/* TRUTH: racy — worker_a increments counter inside an atomic section, worker_b increments it with a plain unprotected access; unordered */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int counter = 0;
int rounds_a, rounds_b;

void *worker_a(void *arg) {
  int i;
  for (i = 0; i < rounds_a; i++) {
    __VERIFIER_atomic_begin();
    counter = counter + 1;
    __VERIFIER_atomic_end();
  }
  return 0;
}

void *worker_b(void *arg) {
  int i;
  for (i = 0; i < rounds_b; i++) {
    int tmp = counter;
    counter = tmp + 1;
  }
  return 0;
}

int main(void) {
  pthread_t ta, tb;
  rounds_a = __VERIFIER_nondet_int();
  rounds_b = __VERIFIER_nondet_int();
  if (!(rounds_a >= 1 && rounds_a <= 4)) abort();
  if (!(rounds_b >= 1 && rounds_b <= 4)) abort();
  pthread_create(&ta, 0, worker_a, 0);
  pthread_create(&tb, 0, worker_b, 0);
  pthread_join(ta, 0);
  pthread_join(tb, 0);
  if (!(counter <= rounds_a + rounds_b)) reach_error();
  return 0;
}
