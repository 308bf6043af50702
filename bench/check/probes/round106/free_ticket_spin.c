/* TRUTH: free — instance id spins until the seq_cst atomic 'turn' equals id, updates two[id % 2], then stores id + 1: updates run in order 0,1,2 with release/acquire ordering */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 3
int two[2];
atomic_long turn;
void *f(void *p) {
  long id = (long)p;
  while (atomic_load(&turn) != id) sched_yield();
  two[id % 2] += 1;
  atomic_store(&turn, id + 1);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
