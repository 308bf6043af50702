/* TRUTH: free — updates happen inside the mutex after pthread_cond_wait returns (lock re-acquired) */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 3
int two[2]; int turn; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static void init(void) {}
void *f(void *p) {
  long id = (long)p;
  pthread_mutex_lock(&m);
  while (turn != id) pthread_cond_wait(&c, &m);
  two[id % 2] += 1;
  turn++;
  pthread_cond_broadcast(&c);
  pthread_mutex_unlock(&m);
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
