/* TRUTH: free — the neighbour "read" a[id + 1] is the operand of sizeof, which is not evaluated; only a[id] is accessed */
#include <pthread.h>
#include <stdio.h>
#define N 4
int a[N + 1];
long out[N];
void *f(void *p) {
  long id = (long)p;
  a[id] = (int)id + 1;
  out[id] = (long)sizeof(a[id + 1]);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%ld %d\n", out[0], a[1]);
  return 0;
}
