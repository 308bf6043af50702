/* TRUTH: racy — the producer posts `full` before writing the slot, so the consumer's `got[i] = ring[out]` can run concurrently with the producer's `ring[in] = i * i` on the same slot. */
#include <pthread.h>
#include <semaphore.h>
#include <stdlib.h>
#define N 2
void reach_error(void) { abort(); }
sem_t empty, full;
int ring[N];
int in, out;
int got[4];
static void *producer(void *arg) {
  (void)arg;
  for (int i = 0; i < 4; i++) {
    sem_wait(&empty);
    sem_post(&full);
    ring[in] = i * i;
    in = (in + 1) % N;
  }
  return NULL;
}
static void *consumer(void *arg) {
  (void)arg;
  for (int i = 0; i < 4; i++) {
    sem_wait(&full);
    got[i] = ring[out];
    out = (out + 1) % N;
    sem_post(&empty);
  }
  return NULL;
}
int main(void) {
  pthread_t p, c;
  sem_init(&empty, 0, N);
  sem_init(&full, 0, 0);
  pthread_create(&p, NULL, producer, NULL);
  pthread_create(&c, NULL, consumer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  if (got[3] != 9) reach_error();
  return 0;
}
