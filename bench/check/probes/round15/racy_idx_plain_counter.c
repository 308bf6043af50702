/* Racy: threads take ids with a plain next_id++ so the counter itself is read and written concurrently. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
int next_id;
int data[N];
void *worker(void *arg) {
  (void)arg;
  int id = next_id++;
  if (id < N) data[id] = 100 + id;
  return NULL;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], NULL, worker, NULL);
  for (int i = 0; i < N; i++) pthread_join(th[i], NULL);
  for (int i = 0; i < N; i++) printf("%d\n", data[i]);
  return 0;
}
