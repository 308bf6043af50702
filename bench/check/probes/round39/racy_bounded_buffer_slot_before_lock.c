/* TRUTH: racy — each producer stores `buf[in] = ...` before taking m: the two producers read `in` (and write buf[in]) outside the lock while the other updates `in` under m, unordered. */
#include <pthread.h>
#include <semaphore.h>
#include <stdlib.h>
#define SLOTS 2
void reach_error(void) { abort(); }
sem_t empty, full;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int buf[SLOTS];
int in, out;
static void *producer(void *arg) {
  int base = (int)(long)arg;
  for (int i = 0; i < 2; i++) {
    sem_wait(&empty);
    buf[in] = base + i;
    pthread_mutex_lock(&m);
    in = (in + 1) % SLOTS;
    pthread_mutex_unlock(&m);
    sem_post(&full);
  }
  return NULL;
}
static void *consumer(void *arg) {
  long *sum = arg;
  for (int i = 0; i < 4; i++) {
    sem_wait(&full);
    pthread_mutex_lock(&m);
    *sum += buf[out];
    out = (out + 1) % SLOTS;
    pthread_mutex_unlock(&m);
    sem_post(&empty);
  }
  return NULL;
}
int main(void) {
  pthread_t p1, p2, c;
  long sum = 0;
  sem_init(&empty, 0, SLOTS);
  sem_init(&full, 0, 0);
  pthread_create(&p1, NULL, producer, (void *)10);
  pthread_create(&p2, NULL, producer, (void *)20);
  pthread_create(&c, NULL, consumer, &sum);
  pthread_join(p1, NULL);
  pthread_join(p2, NULL);
  pthread_join(c, NULL);
  if (sum != 10 + 11 + 20 + 21) reach_error();
  return 0;
}
