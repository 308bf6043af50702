/* Racy: stats is updated even when pthread_mutex_trylock failed, i.e. while another thread holds the lock and updates it. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
int stats;
pthread_mutex_t sm = PTHREAD_MUTEX_INITIALIZER;
void *worker(void *arg) {
  int id = *(int *)arg;
  for (int i = 0; i < 5; i++) {
    int r = pthread_mutex_trylock(&sm);
    stats += id;
    if (r == 0) pthread_mutex_unlock(&sm);
  }
  return NULL;
}
int main(void) {
  pthread_t t[N];
  int ids[N];
  for (int i = 0; i < N; i++) { ids[i] = i; pthread_create(&t[i], NULL, worker, &ids[i]); }
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%d\n", stats);
  return 0;
}
