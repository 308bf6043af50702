/* TRUTH: free — the creation loop sits under if (0), so no instance is ever started */
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
  long i;
  if (0) {
    for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
    for (i = 0; i < N; i++) pthread_join(t[i], 0);
  }
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
