/* TRUTH: racy — each thread picks its slot nondeterministically, so two threads may write the same slot without a lock */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
int slots[4];
void *t(void *a)
{
  int i = __VERIFIER_nondet_int();
  __VERIFIER_assume(i >= 0 && i < 4);
  slots[i] = 1;
  return 0;
}
int main(void)
{
  pthread_t th[2];
  for (int k = 0; k < 2; k++)
    pthread_create(&th[k], 0, t, 0);
  for (int k = 0; k < 2; k++)
    pthread_join(th[k], 0);
  return 0;
}
