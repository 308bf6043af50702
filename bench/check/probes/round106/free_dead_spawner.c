/* TRUTH: free — spawn_all() (which would start 3 instances colliding on two[0]) is never called; the program is single-threaded */
#include <pthread.h>
#include <stdio.h>
#define N 3
int two[2];
void *f(void *p) {
  long id = (long)p;
  two[id % 2] += 1;
  return 0;
}
void spawn_all(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
}
int main(void) {
  f((void *)0L);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
