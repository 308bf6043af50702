/* Racy: main waits on the semaphore only N-1 times, so one detached worker's write can race with main's read. */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 3
int slot[N];
sem_t done;
void *worker(void *arg) {
  int i = (int)(intptr_t)arg;
  slot[i] = 11 * (i + 1);
  sem_post(&done);
  return NULL;
}
int main(void) {
  sem_init(&done, 0, 0);
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
  for (int i = 0; i < N; i++) {
    pthread_t t;
    pthread_create(&t, &at, worker, (void *)(intptr_t)i);
  }
  for (int i = 0; i < N - 1; i++) sem_wait(&done);
  printf("%d\n", slot[0] + slot[1] + slot[2]);
  return 0;
}
