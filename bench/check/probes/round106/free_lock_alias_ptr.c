/* TRUTH: free — the write is under lock(&m) and the read under lock(mp) where mp == &m: the same mutex */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 4
int a[N + 1]; int out[N]; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_mutex_t *mp = &m;
static void init(void) {}
void *f(void *p) {
  long id = (long)p;
  pthread_mutex_lock(&m);
  a[id] = (int)id + 1;
  pthread_mutex_unlock(&m);
  pthread_mutex_lock(mp);
  out[id] = a[id + 1];
  pthread_mutex_unlock(mp);
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
