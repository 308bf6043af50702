/* TRUTH: free — all thread accesses to x and y happen inside __VERIFIER_atomic_begin/end blocks; main reads after join */
#include <pthread.h>
#include <stdlib.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
void reach_error(void) { abort(); }
int x = 0, y = 0;

void *thr1(void *arg)
{
  __VERIFIER_atomic_begin();
  x = x + 1;
  y = y + 1;
  __VERIFIER_atomic_end();
  return 0;
}

void *thr2(void *arg)
{
  __VERIFIER_atomic_begin();
  if (x != y)
    reach_error();
  __VERIFIER_atomic_end();
  return 0;
}

int main(void)
{
  pthread_t a, b;
  pthread_create(&a, 0, thr1, 0);
  pthread_create(&b, 0, thr2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return x;
}
