/* Racy: the semaphore starts at 1, so the consumer can pass sem_wait and read pkt before the producer writes it. */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
struct packet { int len; char body[16]; };
struct packet pkt;
sem_t avail;
void *producer(void *arg) {
  (void)arg;
  pkt.len = 1 + rand() % 15;
  for (int i = 0; i < pkt.len; i++) pkt.body[i] = 'a' + i;
  sem_post(&avail);
  return NULL;
}
void *consumer(void *arg) {
  (void)arg;
  sem_wait(&avail);
  int s = 0;
  for (int i = 0; i < pkt.len; i++) s += pkt.body[i];
  printf("%d\n", s);
  return NULL;
}
int main(void) {
  pthread_t p, c;
  sem_init(&avail, 0, 1);
  pthread_create(&c, NULL, consumer, NULL);
  pthread_create(&p, NULL, producer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  sem_destroy(&avail);
  return 0;
}
