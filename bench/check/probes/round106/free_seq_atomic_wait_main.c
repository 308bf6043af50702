/* TRUTH: free — main spins (acquire) until the previous instance has released 'finished', before creating the next; instances' two[id % 2] updates are ordered */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 3
int two[2];
atomic_int finished;
void *f(void *p) {
  long id = (long)p;
  two[id % 2] += 1;
  atomic_fetch_add_explicit(&finished, 1, memory_order_release);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) {
    pthread_create(&t[i], 0, f, (void *)i);
    while (atomic_load_explicit(&finished, memory_order_acquire) <= i) sched_yield();
  }
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
