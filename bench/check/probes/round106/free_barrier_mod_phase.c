/* TRUTH: free — ids 0,1 update two[id % 2] before the barrier, id 2 updates two[0] after it: ordered by the barrier */
#include <pthread.h>
#include <stdio.h>
#define N 3
int two[2];
pthread_barrier_t b;
void *f(void *p) {
  long id = (long)p;
  if (id < 2) two[id % 2] += 1;
  pthread_barrier_wait(&b);
  if (id == 2) two[id % 2] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  pthread_barrier_init(&b, 0, N);
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
