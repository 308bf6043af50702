/* TRUTH: free — lock(&g.mu) and lock(&gp->mu) with gp == &g are the same mutex */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 4
struct G { pthread_mutex_t mu; int v[N + 1]; } g = {PTHREAD_MUTEX_INITIALIZER, {0}}; struct G *gp = &g; int out[N];
static void init(void) {}
void *f(void *p) {
  long id = (long)p;
  pthread_mutex_lock(&g.mu);
  g.v[id] = (int)id + 1;
  pthread_mutex_unlock(&g.mu);
  pthread_mutex_lock(&gp->mu);
  out[id] = gp->v[id + 1];
  pthread_mutex_unlock(&gp->mu);
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
