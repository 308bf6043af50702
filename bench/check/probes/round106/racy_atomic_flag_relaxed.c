/* TRUTH: racy — same spin hand-off but with relaxed store/load: no synchronises-with, so a[id] write and a[id - 1] read are unordered (C11) */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 4
int a[N];
int out[N];
atomic_int flag[N];
void *f(void *p) {
  long id = (long)p;
  if (id > 0) {
    while (!atomic_load_explicit(&flag[id - 1], memory_order_relaxed)) sched_yield();
    out[id] = a[id - 1];
  }
  a[id] = (int)id + 1;
  atomic_store_explicit(&flag[id], 1, memory_order_relaxed);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[N - 1]);
  return 0;
}
