/* TRUTH: free — the loop calls run_one(), which creates the instance and joins it before returning; instances never overlap */
#include <pthread.h>
#include <stdio.h>
#define N 3
int two[2];
void *f(void *p) {
  long id = (long)p;
  two[id % 2] += 1;
  return 0;
}
static void run_one(pthread_t *t, long id) {
  pthread_create(t, 0, f, (void *)id);
  pthread_join(*t, 0);
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) run_one(&t[i], i);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
