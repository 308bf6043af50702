/* TRUTH: free — the read a[id + 1] is the right operand of && whose left operand (id < 0) is always false, so it is never evaluated */
#include <pthread.h>
#include <stdio.h>
#define N 4
int a[N + 1];
int out[N];
void *f(void *p) {
  long id = (long)p;
  a[id] = (int)id + 1;
  out[id] = id < 0 && a[id + 1];
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", out[0], a[1]);
  return 0;
}
