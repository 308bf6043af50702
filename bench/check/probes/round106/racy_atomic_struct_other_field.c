/* TRUTH: racy — only v is _Atomic; the plain member w is written at cells[id] and read at cells[id + 1] by the neighbour */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 4
struct cell { _Atomic int v; int w; } cells[N + 1]; int out[N];
static void init(void) {}
void *f(void *p) {
  long id = (long)p;
  cells[id].w = (int)id + 1;
  out[id] = cells[id + 1].w;
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
