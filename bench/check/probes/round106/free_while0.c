/* TRUTH: free — the body of while (0) never runs */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 3
int two[2]; int own[N];
void *f(void *p) {
  long id = (long)p;
  own[id] = 1;
  while (0) { two[id % 2] += 1; }
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
