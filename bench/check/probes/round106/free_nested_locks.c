/* TRUTH: free — write under A then B, read under B only: B is common to both accesses */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 4
int a[N + 1]; int out[N]; pthread_mutex_t A = PTHREAD_MUTEX_INITIALIZER, B = PTHREAD_MUTEX_INITIALIZER;
static void init(void) {}
void *f(void *p) {
  long id = (long)p;
  pthread_mutex_lock(&A);
  pthread_mutex_lock(&B);
  a[id] = (int)id + 1;
  pthread_mutex_unlock(&A);
  out[id] = a[id + 1];
  pthread_mutex_unlock(&B);
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
