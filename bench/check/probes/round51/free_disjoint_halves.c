/* TRUTH: free — thread 0 writes a[0..4], thread 1 writes a[5..9]; ranges are disjoint */
#include <pthread.h>
#include <stdint.h>
#define N 10
int a[N];
void *fill(void *arg)
{
  int part = (int)(intptr_t)arg;
  int lo = part * (N / 2), hi = lo + N / 2;
  for (int i = lo; i < hi; i++)
    a[i] = i * i;
  return 0;
}
int main(void)
{
  pthread_t t0, t1;
  pthread_create(&t0, 0, fill, (void *)0);
  pthread_create(&t1, 0, fill, (void *)1);
  pthread_join(t0, 0);
  pthread_join(t1, 0);
  return a[9] != 81;
}
