/* TRUTH: free — single producer/consumer ring: 'in' only producer, 'out' only consumer, slots handed over by sem_post/sem_wait on full/empty */
#include <pthread.h>
#include <semaphore.h>
#define CAP 2
#define ITEMS 6

int ring[CAP];
int in, out;
sem_t empty, full;

void *producer(void *arg) {
  for (int i = 0; i < ITEMS; i++) {
    sem_wait(&empty);
    ring[in] = i;
    in = (in + 1) % CAP;
    sem_post(&full);
  }
  return 0;
}

void *consumer(void *arg) {
  int s = 0;
  for (int i = 0; i < ITEMS; i++) {
    sem_wait(&full);
    s += ring[out];
    out = (out + 1) % CAP;
    sem_post(&empty);
  }
  return (void *)(long)s;
}

int main(void) {
  pthread_t p, c;
  sem_init(&empty, 0, CAP);
  sem_init(&full, 0, 0);
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return in + out;
}
