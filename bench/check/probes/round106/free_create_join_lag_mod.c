/* TRUTH: free — only neighbours overlap (instance i-1 joined right after creating i); ids 0 and 2 sharing two[0] never overlap: 0 is joined before 2 is created */
#include <pthread.h>
#include <stdio.h>
#define N 3
int two[2];
void *f(void *p) {
  long id = (long)p;
  two[id % 2] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) {
    pthread_create(&t[i], 0, f, (void *)i);
    if (i > 0) pthread_join(t[i - 1], 0);
  }
  pthread_join(t[N - 1], 0);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
