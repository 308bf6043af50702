/* TRUTH: free — thread B joins thread A (handle published before B is created) before reading A result */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
pthread_t ta;
int partial = 0;
int final_v = 0;

void *stage_a(void *arg) {
  int i, n = *(int *)arg;
  for (i = 0; i < n; i++) partial += i;
  return 0;
}

void *stage_b(void *arg) {
  pthread_join(ta, 0);
  final_v = partial * 2;
  partial = 0;
  return 0;
}

int main(void) {
  pthread_t tb;
  int n = __VERIFIER_nondet_int();
  __VERIFIER_assume(n >= 0 && n < 10);
  pthread_create(&ta, 0, stage_a, &n);
  pthread_create(&tb, 0, stage_b, 0);
  pthread_join(tb, 0);
  if (!(final_v >= 0)) reach_error();
  return 0;
}
