/* TRUTH: free — when i reaches 2 main joins the two existing instances and returns, so id 2 is never created */
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
  long i, j;
  for (i = 0; i < 3; i++) {
    if (i == 2) {
      for (j = 0; j < 2; j++) pthread_join(t[j], 0);
      printf("%d %d %d\n", two[0], two[1], other[0]);
      return 0;
    }
    pthread_create(&t[i], 0, f, (void *)i);
  }
  return 1;
}
