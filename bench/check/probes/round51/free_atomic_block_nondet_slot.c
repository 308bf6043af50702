/* TRUTH: free — slots may collide (nondet index) but every thread access to slots[] is inside a __VERIFIER_atomic block */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
int slots[4];

void *t(void *arg)
{
  int i = __VERIFIER_nondet_int();
  __VERIFIER_assume(i >= 0 && i < 4);
  __VERIFIER_atomic_begin();
  slots[i] = slots[i] + 1;
  __VERIFIER_atomic_end();
  return 0;
}

int main(void)
{
  pthread_t th[3];
  for (int k = 0; k < 3; k++)
    pthread_create(&th[k], 0, t, 0);
  for (int k = 0; k < 3; k++)
    pthread_join(th[k], 0);
  return slots[0] + slots[1] + slots[2] + slots[3] != 3;
}
