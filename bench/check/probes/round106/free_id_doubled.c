/* TRUTH: free — id is doubled before use: writes a[0],a[2],a[4], reads a[1],a[3],a[5]; never the same element */
#include <pthread.h>
#include <stdio.h>
#define N 3
int a[2 * N + 1];
int out[N];
void *f(void *p) {
  long id = (long)p;
  long k = (long)p;
  id = 2 * id;
  a[id] = (int)k + 1;
  out[k] = a[id + 1];
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[0]);
  return 0;
}
