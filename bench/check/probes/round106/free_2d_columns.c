/* TRUTH: free — a[id][0] is written and a[id + 1][1] is read: different columns, never the same element */
#include <pthread.h>
#include <stdio.h>
#define N 4
int a[N + 1][2];
int out[N];
void *f(void *p) {
  long id = (long)p;
  a[id][0] = (int)id + 1;
  out[id] = a[id + 1][1];
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", out[0], a[1][0]);
  return 0;
}
