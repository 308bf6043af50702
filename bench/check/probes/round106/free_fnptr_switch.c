/* TRUTH: free — the start routine variable is switched from f to g after the second creation, so only ids 0,1 run f */
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
  void *(*fn)(void *) = f;
  for (i = 0; i < 3; i++) {
    pthread_create(&t[i], 0, fn, (void *)i);
    if (i == 1) fn = g;
  }
  for (i = 0; i < 3; i++) pthread_join(t[i], 0);
  printf("%d %d %d\n", two[0], two[1], other[2]);
  return 0;
}
