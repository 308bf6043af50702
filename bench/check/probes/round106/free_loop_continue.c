/* TRUTH: free — the loop skips creating id 2 with continue, so only ids 0,1 run f: two[id % 2] slots distinct */
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
  long i;
  for (i = 0; i < 3; i++) {
    if (i == 2) continue;
    pthread_create(&t[i], 0, f, (void *)i);
  }
  for (i = 0; i < 2; i++) pthread_join(t[i], 0);
  printf("%d %d %d\n", two[0], two[1], other[0]);
  return 0;
}
