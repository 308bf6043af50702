/* TRUTH: free — writes a[2 * id] (even cells), reads a[2 * id + 1] (odd cells) */
#include <pthread.h>
#include <stdio.h>
#define N 4
int a[2 * N];
int out[N];
void *f(void *p) {
  long id = (long)p;
  a[2 * id] = (int)id + 1;
  out[id] = a[2 * id + 1];
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", out[0], a[2]);
  return 0;
}
