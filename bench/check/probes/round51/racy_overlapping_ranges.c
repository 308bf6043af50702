/* TRUTH: racy — thread 0 writes a[0..5] and thread 1 writes a[5..9]: both write a[5] */
#include <pthread.h>
int a[10];
struct rg { int lo, hi; };
void *fill(void *arg)
{
  struct rg *r = arg;
  for (int i = r->lo; i <= r->hi; i++)
    a[i] = r->lo;
  return 0;
}
int main(void)
{
  pthread_t t0, t1;
  struct rg r0 = { 0, 5 }, r1 = { 5, 9 };
  pthread_create(&t0, 0, fill, &r0);
  pthread_create(&t1, 0, fill, &r1);
  pthread_join(t0, 0);
  pthread_join(t1, 0);
  return a[5];
}
