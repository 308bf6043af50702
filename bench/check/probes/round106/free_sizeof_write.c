/* TRUTH: free — the colliding update two[id % 2] = 5 sits inside sizeof and is never evaluated */
#include <pthread.h>
#include <stdio.h>
#define N 3
int two[2];
long out[N];
void *f(void *p) {
  long id = (long)p;
  out[id] = (long)sizeof(two[id % 2] = 5);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%ld %d\n", out[0], two[0]);
  return 0;
}
