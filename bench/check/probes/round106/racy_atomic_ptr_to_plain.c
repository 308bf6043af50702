/* TRUTH: racy — store2 is a plain int array; pa is a plain int pointer to it, so pa[id % 2] += 1 is not atomic */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 3
int store2[2]; int *pa = store2;
static void init(void) {}
void *f(void *p) {
  long id = (long)p;
  pa[id % 2] += 1;
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
