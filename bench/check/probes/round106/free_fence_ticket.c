/* TRUTH: free — relaxed ticket spin made correct with fences: release fence before the relaxed store, acquire fence after the relaxed load (fence-fence synchronisation, C11 7.17.4) */
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
  atomic_thread_fence(memory_order_acquire);
  two[id % 2] += 1;
  atomic_thread_fence(memory_order_release);
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
