/* TRUTH: free — instance id joins instance id-1 before reading a[id - 1]; main joins only the last (which transitively joined all) */
#include <pthread.h>
#include <stdio.h>
#define N 4
int a[N];
int out[N];
pthread_t t[N];
void *f(void *p) {
  long id = (long)p;
  if (id > 0) {
    pthread_join(t[id - 1], 0);
    out[id] = a[id - 1];
  }
  a[id] = (int)id + 1;
  return 0;
}
int main(void) {
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  pthread_join(t[N - 1], 0);
  printf("%d\n", out[N - 1]);
  return 0;
}
