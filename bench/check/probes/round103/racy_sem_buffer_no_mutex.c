/* TRUTH: racy — two producers pass sem_wait(&empty) concurrently and both update 'in' and buf[] with no mutex */
#include <pthread.h>
#include <semaphore.h>
#define CAP 4

int buf[CAP];
int in;
sem_t empty, full;

void *producer(void *arg) {
  long v = (long)arg;
  sem_wait(&empty);
  buf[in] = (int)v;
  in = (in + 1) % CAP;
  sem_post(&full);
  return 0;
}

int main(void) {
  pthread_t p1, p2;
  sem_init(&empty, 0, CAP);
  sem_init(&full, 0, 0);
  pthread_create(&p1, 0, producer, (void *)1L);
  pthread_create(&p2, 0, producer, (void *)2L);
  pthread_join(p1, 0);
  pthread_join(p2, 0);
  return in;
}
