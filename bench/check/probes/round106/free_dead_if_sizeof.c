/* TRUTH: free — the neighbour read a[id + 1] is guarded by a condition that is always false (sizeof(char) != 1) */
#include <pthread.h>
#include <stdio.h>
#define N 4
int a[N + 1];
int out[N];
void *f(void *p) {
  long id = (long)p;
  a[id] = (int)id + 1;
  if (sizeof(char) != 1) out[id] = a[id + 1];
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[0] + a[3]);
  return 0;
}
