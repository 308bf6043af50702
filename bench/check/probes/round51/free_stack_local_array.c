/* TRUTH: free — the array lives on each thread's own stack and its address never escapes */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
void *sorter(void *arg)
{
  int a[6];
  for (int i = 0; i < 6; i++)
    a[i] = __VERIFIER_nondet_int();
  for (int i = 0; i < 6; i++)
    for (int j = 0; j + 1 < 6 - i; j++)
      if (a[j] > a[j + 1]) { int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; }
  return (void *)(long)a[0];
}
int main(void)
{
  pthread_t t1, t2;
  pthread_create(&t1, 0, sorter, 0);
  pthread_create(&t2, 0, sorter, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return 0;
}
