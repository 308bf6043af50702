/* TRUTH: racy — same ticket spin but relaxed load/store: no synchronises-with, so ids 0 and 2 updating two[0] are unordered (C11) */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 3
int two[2];
atomic_long turn;
void *f(void *p) {
  long id = (long)p;
  while (atomic_load_explicit(&turn, memory_order_relaxed) != id) sched_yield();
  two[id % 2] += 1;
  atomic_store_explicit(&turn, id + 1, memory_order_relaxed);
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
