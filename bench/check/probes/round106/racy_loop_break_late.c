/* TRUTH: racy — the break at i == 5 is never reached; ids 0,1,2 are created and 0/2 share two[0] */
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
  long i, j;
  for (i = 0; i < N; i++) {
    if (i == 5) break;
    pthread_create(&t[i], 0, f, (void *)i);
  }
  for (j = 0; j < i; j++) pthread_join(t[j], 0);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
