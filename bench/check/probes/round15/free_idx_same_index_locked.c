/* Race-free: threads 1 and 2 share index 1 but every update of data[] is done under the mutex. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 3
int data[N];
pthread_mutex_t dm = PTHREAD_MUTEX_INITIALIZER;
static const int ids[N] = {0, 1, 1};
void *worker(void *arg) {
  int id = (int)(intptr_t)arg;
  pthread_mutex_lock(&dm);
  data[id] += 5;
  pthread_mutex_unlock(&dm);
  return NULL;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], NULL, worker, (void *)(intptr_t)ids[i]);
  for (int i = 0; i < N; i++) pthread_join(th[i], NULL);
  printf("%d %d %d\n", data[0], data[1], data[2]);
  return 0;
}
