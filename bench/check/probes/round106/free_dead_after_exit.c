/* TRUTH: free — the colliding update two[id % 2] sits after pthread_exit and is never executed; only the per-instance own[id] is written */
#include <pthread.h>
#include <stdio.h>
#define N 3
int two[2];
int own[N];
void *f(void *p) {
  long id = (long)p;
  own[id] = 1;
  pthread_exit(0);
  two[id % 2] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", two[0], own[2]);
  return 0;
}
