/* Racy: without _Thread_local, calls is one global incremented by all threads and by main with no lock. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 3
int calls;
int total;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void helper(void) { calls++; }
void *worker(void *arg) {
  (void)arg;
  for (int i = 0; i < 4; i++) helper();
  pthread_mutex_lock(&m);
  total += calls;
  pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, NULL);
  helper();
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%d %d\n", total, calls);
  return 0;
}
