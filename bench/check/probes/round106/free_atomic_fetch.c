/* TRUTH: free — atomic_fetch_add_explicit on atomic_int slots (relaxed is still atomic: no data race) */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 3
atomic_int two[2];
static void init(void) {}
void *f(void *p) {
  long id = (long)p;
  atomic_fetch_add_explicit(&two[id % 2], 1, memory_order_relaxed);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  init();
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("done\n");
  return 0;
}
