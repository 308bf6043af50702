/* TRUTH: racy — thr1 updates x inside a __VERIFIER_atomic block but thr2 writes x outside any block; atomic blocks only exclude other atomic blocks */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int x;
void *thr1(void *a)
{
  __VERIFIER_atomic_begin();
  x = x + 1;
  __VERIFIER_atomic_end();
  return 0;
}
void *thr2(void *a)
{
  x = 0;
  return 0;
}
int main(void)
{
  pthread_t t1, t2;
  pthread_create(&t1, 0, thr1, 0);
  pthread_create(&t2, 0, thr2, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return x;
}
