/* TRUTH: free — m[id % 2][id]: ids 0 and 2 share the row but use different columns m[0][0], m[0][2] */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 3
int m[2][N];
void *f(void *p) {
  long id = (long)p;
  m[id % 2][id] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("done\n");
  return 0;
}
