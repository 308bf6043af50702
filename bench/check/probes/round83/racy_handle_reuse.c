/* TRUTH: racy — the first thread handle t is overwritten by the second create; main joins only the second thread and then reads res_a written by the unjoined first thread */
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
  res_b = s;
  return 0;
}

int main(void) {
  pthread_t t;
  pthread_create(&t, 0, compute_a, 0);
  pthread_create(&t, 0, compute_b, 0);
  pthread_join(t, 0);
  if (!(res_b == 32)) reach_error();
  if (!(res_a == 45 || res_a == 0)) reach_error();
  return 0;
}
