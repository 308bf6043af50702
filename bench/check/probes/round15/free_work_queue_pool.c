/* Race-free: pool workers take task indices from a mutex-protected queue, write only results[task], and main reads after joins. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define NW 3
#define NTASK 7
int next_task;
int results[NTASK];
pthread_mutex_t qm = PTHREAD_MUTEX_INITIALIZER;
void *pool_worker(void *arg) {
  (void)arg;
  for (;;) {
    pthread_mutex_lock(&qm);
    int t = next_task < NTASK ? next_task++ : -1;
    pthread_mutex_unlock(&qm);
    if (t < 0) break;
    results[t] = t * t;
  }
  return NULL;
}
int main(void) {
  pthread_t w[NW];
  for (int i = 0; i < NW; i++) pthread_create(&w[i], NULL, pool_worker, NULL);
  for (int i = 0; i < NW; i++) pthread_join(w[i], NULL);
  int s = 0;
  for (int i = 0; i < NTASK; i++) s += results[i];
  printf("%d\n", s);
  return 0;
}
