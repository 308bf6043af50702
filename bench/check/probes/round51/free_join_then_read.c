/* TRUTH: free — single worker writes result; main reads only after pthread_join */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int result;
void *compute(void *arg)
{
  int n = *(int *)arg;
  int s = 0;
  for (int i = 0; i < 10 && i < n; i++)
    s += i;
  result = s;
  return 0;
}
int main(void)
{
  pthread_t t;
  int n = __VERIFIER_nondet_int();
  pthread_create(&t, 0, compute, &n);
  pthread_join(t, 0);
  return result > 100;
}
