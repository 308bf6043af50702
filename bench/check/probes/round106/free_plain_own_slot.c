/* TRUTH: free — each instance writes only its own slot a[id]; main reads after joining all */
#include <pthread.h>
#include <stdio.h>
#define N 4
int a[N];
void *f(void *p) {
  long id = (long)p;
  a[id] = (int)id * 2;
  a[id] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  int s = 0;
  for (i = 0; i < N; i++) s += a[i];
  printf("%d\n", s);
  return 0;
}
