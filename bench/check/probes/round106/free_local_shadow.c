/* TRUTH: free — inside f, 'a' is a local (automatic) array shadowing the global one, so a[id] and a[id + 1] are per-thread */
#include <pthread.h>
#include <stdio.h>
#define N 4
int a[N + 1];
int out[N];
void *f(void *p) {
  long id = (long)p;
  int a[N + 1] = {0};
  a[id] = (int)id + 1;
  out[id] = a[id + 1];
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
