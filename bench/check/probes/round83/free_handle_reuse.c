/* TRUTH: free — the handle t is reused but each thread is joined before the next create, so all accesses to res_a/res_b are ordered */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int res_a = 0;
int res_b = 0;

void *compute_a(void *arg) {
  int i, s = 0;
  for (i = 0; i < 10; i++) s += i;
  res_a = s;
  return 0;
}

void *compute_b(void *arg) {
  int i, s = 1;
  for (i = 0; i < 5; i++) s *= 2;
  res_b = s + res_a;
  return 0;
}

int main(void) {
  pthread_t t;
  pthread_create(&t, 0, compute_a, 0);
  pthread_join(t, 0);
  pthread_create(&t, 0, compute_b, 0);
  pthread_join(t, 0);
  if (!(res_b == 77)) reach_error();
  if (!(res_a == 45)) reach_error();
  return 0;
}
