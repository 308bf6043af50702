/* TRUTH: free — main calls exit(0) before the creation loop, so no instance is ever started */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 3
int two[2];
void *f(void *p) {
  long id = (long)p;
  two[id % 2] += 1;
  return 0;
}
static void finish(void) {
  printf("%d %d\n", two[0], two[1]);
  exit(0);
}
int main(void) {
  pthread_t t[N];
  long i;
  finish();
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  return 0;
}
