/* TRUTH: free — producer fills data then sem_post; consumer sem_wait then reads; ping-pong with a second semaphore */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

sem_t full, empty;
int data;

static void *producer(void *arg) {
  (void)arg;
  for (int i = 0; i < 20; i++) {
    sem_wait(&empty);
    data = i * i;
    sem_post(&full);
  }
  return NULL;
}

static void *consumer(void *arg) {
  long *sum = arg;
  for (int i = 0; i < 20; i++) {
    sem_wait(&full);
    *sum += data;
    sem_post(&empty);
  }
  return NULL;
}

int main(void) {
  pthread_t p, c;
  long sum = 0;
  sem_init(&full, 0, 0);
  sem_init(&empty, 0, 1);
  pthread_create(&p, NULL, producer, NULL);
  pthread_create(&c, NULL, consumer, &sum);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  printf("%ld\n", sum);
  return 0;
}
