/* TRUTH: free — the loop bound n drops from 3 to 2 inside the first iteration, so only ids 0,1 are created */
#include <pthread.h>
#include <stdio.h>
int two[2];
int other[3];
void *f(void *p) {
  long id = (long)p;
  two[id % 2] += 1;
  return 0;
}
void *g(void *p) {
  long id = (long)p;
  other[id] = 1;
  return 0;
}
int main(void) {
  pthread_t t[3];
  long i, n = 3;
  for (i = 0; i < n; i++) {
    pthread_create(&t[i], 0, f, (void *)i);
    n = 2;
  }
  for (i = 0; i < n; i++) pthread_join(t[i], 0);
  printf("%d %d %d\n", two[0], two[1], other[0]);
  return 0;
}
