/* Race-free: the id counter is read and incremented under a mutex, so each thread owns a distinct slot. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 3
int next_id;
pthread_mutex_t idm = PTHREAD_MUTEX_INITIALIZER;
long slot[N];
void *worker(void *arg) {
  (void)arg;
  pthread_mutex_lock(&idm);
  int id = next_id;
  next_id = next_id + 1;
  pthread_mutex_unlock(&idm);
  slot[id] = (long)id * 1000;
  return NULL;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], NULL, worker, NULL);
  for (int i = 0; i < N; i++) pthread_join(th[i], NULL);
  printf("%ld %ld %ld %d\n", slot[0], slot[1], slot[2], next_id);
  return 0;
}
