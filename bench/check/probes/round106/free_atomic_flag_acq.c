/* TRUTH: free — instance id releases flag[id] after writing a[id]; instance id+1 spins with acquire on flag[id] before reading a[id] */
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
    while (!atomic_load_explicit(&flag[id - 1], memory_order_acquire)) sched_yield();
    out[id] = a[id - 1];
  }
  a[id] = (int)id + 1;
  atomic_store_explicit(&flag[id], 1, memory_order_release);
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
