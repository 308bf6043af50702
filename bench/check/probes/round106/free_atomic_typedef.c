/* TRUTH: free — aint is a typedef for _Atomic int, so a[id] store and a[id + 1] load are atomic */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 4
typedef _Atomic int aint; aint a[N + 1]; int out[N];
static void init(void) {}
void *f(void *p) {
  long id = (long)p;
  a[id] = (int)id + 1;
  out[id] = a[id + 1];
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
