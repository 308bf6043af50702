/* Racy: the semaphore is initialized to 2, so two threads can be inside the 'critical section' updating hist together. */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 3
int hist[4];
sem_t lk;
void *worker(void *arg) {
  int id = (int)(intptr_t)arg;
  for (int i = 0; i < 6; i++) {
    sem_wait(&lk);
    hist[(id + i) % 4]++;
    sem_post(&lk);
  }
  return NULL;
}
int main(void) {
  pthread_t t[N];
  sem_init(&lk, 0, 2);
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%d %d %d %d\n", hist[0], hist[1], hist[2], hist[3]);
  return 0;
}
