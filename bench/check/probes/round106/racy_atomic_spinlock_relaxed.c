/* TRUTH: racy — the hand-written atomic_flag spinlock uses relaxed order on both sides, so it gives mutual exclusion but no happens-before between ids 0 and 2 on two[0] (C11) */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 3
int two[2];
atomic_flag lk = ATOMIC_FLAG_INIT;
void *f(void *p) {
  long id = (long)p;
  while (atomic_flag_test_and_set_explicit(&lk, memory_order_relaxed)) sched_yield();
  two[id % 2] += 1;
  atomic_flag_clear_explicit(&lk, memory_order_relaxed);
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
