/* Race-free: stats are updated only when pthread_mutex_trylock succeeds; a failed trylock skips the update. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
int stats;
int skipped[N];
pthread_mutex_t sm = PTHREAD_MUTEX_INITIALIZER;
void *worker(void *arg) {
  int id = *(int *)arg;
  for (int i = 0; i < 5; i++) {
    if (pthread_mutex_trylock(&sm) == 0) {
      stats += id;
      pthread_mutex_unlock(&sm);
    } else {
      skipped[id]++;
    }
  }
  return NULL;
}
int main(void) {
  pthread_t t[N];
  int ids[N];
  for (int i = 0; i < N; i++) { ids[i] = i; pthread_create(&t[i], NULL, worker, &ids[i]); }
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%d %d\n", stats, skipped[0]);
  return 0;
}
