/* TRUTH: racy — stage1 creates stage2 and then writes acc again, concurrently with stage2 writing acc */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int acc = 0;

void *stage2(void *arg) {
  int i;
  for (i = 0; i < 3; i++)
    acc = acc * 2 + 1;
  return 0;
}

void *stage1(void *arg) {
  pthread_t t2;
  int v = __VERIFIER_nondet_int();
  __VERIFIER_assume(v >= 0 && v < 10);
  pthread_create(&t2, 0, stage2, 0);
  acc = v;
  pthread_join(t2, 0);
  return 0;
}

int main(void) {
  pthread_t t1;
  pthread_create(&t1, 0, stage1, 0);
  pthread_join(t1, 0);
  if (!(acc >= 0)) reach_error();
  return 0;
}
